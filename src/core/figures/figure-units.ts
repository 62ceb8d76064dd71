/**
 * What a number measures, read from the words around it: a currency before
 * or after it, a scale ("billion", "bn", "млрд"), a percent sign or word, a
 * unit of measure, or the noun it counts.
 */
import { CURRENCY_SYMBOLS, ISO_CODES, normalizeCode } from './currencies.js';
import type { FigureLexicon } from './figure-language.js';
import { MEASURE_UNITS, SHORT_UNITS } from './measure-units.js';

export type FigureKind = 'money' | 'percent' | 'measure' | 'count';

export interface Reading {
  kind: FigureKind;
  unit: string;
  /** Multiplier from a scale word. */
  scale: number;
  /** Offsets (relative to the number) the figure's text extends to. */
  startOffset: number;
  endOffset: number;
}

interface Patterns {
  scale: RegExp;
  currencyAfter: RegExp;
  percent: RegExp;
  /** All units in one alternation, one capture group per unit (in MEASURE_UNITS order), so a cold page compiles one pattern, not dozens. */
  measure: RegExp;
}

const compiled = new WeakMap<FigureLexicon, Patterns>();
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

function patterns(lexicon: FigureLexicon): Patterns {
  let found = compiled.get(lexicon);
  if (!found) {
    const symbols = CURRENCY_SYMBOLS.map(([symbol]) => symbol);
    found = {
      scale: new RegExp(`^(\\s?|[\\s\\u00a0-]+)(${alternation(lexicon.scales.keys())})\\.?(?![\\p{L}\\p{N}])`, 'iu'),
      currencyAfter: new RegExp(`^[\\s\\u00a0]*(?:(?:${alternation(lexicon.currencyLinks)})\\s*)?(${alternation([...lexicon.currencyWords.keys(), ...ISO_CODES, ...symbols])})(?![\\p{L}'’])`, 'iu'),
      percent: new RegExp(`^[\\s\\u00a0]*(${alternation(lexicon.percentWords)})(?![\\p{L}])`, 'iu'),
      measure: new RegExp(`^[\\s\\u00a0]?(?:${MEASURE_UNITS.map(([forms]) => `(${withoutGroups(forms)})(?![\\p{L}\\p{N}])`).join('|')})`, 'iu'),
    };
    compiled.set(lexicon, found);
  }
  return found;
}

/** Reads what follows a number (`after` starts right after its last digit or word). */
export function readAfter(after: string, prefixCurrency: string | null, lexicon: FigureLexicon): Reading | null {
  const { scale, currencyAfter, percent, measure } = patterns(lexicon);
  let offset = 0;
  let multiplier = 1;
  const scaleMatch = scale.exec(after);
  if (scaleMatch) {
    const word = (scaleMatch[2] as string).toLowerCase();
    // "5m", "5bn", "$5 m": a one-letter scale needs a currency or no space ("5 m" alone is five metres).
    if (word.length > 1 || prefixCurrency || scaleMatch[1] === '') {
      multiplier = lexicon.scales.get(word) ?? 1;
      offset = scaleMatch[0].length;
      // "mln.", "Mrd." keep their dot; a sentence's final dot after "million." does not belong to the figure.
      const next = after.slice(offset);
      if (scaleMatch[0].endsWith('.') && !/^\s*[\p{Ll}\p{Sc}]/u.test(next) && !currencyAfter.test(next)) offset--;
    }
  }
  const rest = after.slice(offset);
  const currency = currencyAfter.exec(rest);
  if (currency && !prefixCurrency) {
    const written = currency[1] as string;
    const code = lexicon.currencyWords.get(written.toLowerCase()) ?? symbolCode(written) ?? (ISO_CODES.has(written.toUpperCase()) && written === written.toUpperCase() ? normalizeCode(written) : null);
    if (code) return { kind: 'money', unit: code, scale: multiplier, startOffset: 0, endOffset: offset + currency[0].length };
  }
  if (prefixCurrency) return { kind: 'money', unit: prefixCurrency, scale: multiplier, startOffset: 0, endOffset: offset };
  const percentMatch = percent.exec(rest);
  if (percentMatch) return { kind: 'percent', unit: '%', scale: 1, startOffset: 0, endOffset: offset + percentMatch[0].length };
  if (offset === 0) {
    const match = measure.exec(rest);
    const group = match ? match.findIndex((value, index) => index > 0 && value !== undefined) : -1;
    if (match && group > 0) {
      const written = match[group] as string;
      const upperShortUnit = SHORT_UNITS.has(written.toLowerCase()) && written !== written.toLowerCase();
      if (!upperShortUnit) return { kind: 'measure', unit: (MEASURE_UNITS[group - 1] as readonly [string, string])[1], scale: 1, startOffset: 0, endOffset: match[0].length };
    }
  }
  return multiplier !== 1 ? { kind: 'count', unit: '', scale: multiplier, startOffset: 0, endOffset: offset } : null;
}

/** Makes a unit's own groups non-capturing, so group numbers map to units. */
function withoutGroups(forms: string): string {
  return forms.replace(/\((?!\?)/g, '(?:');
}

function symbolCode(written: string): string | null {
  const entry = CURRENCY_SYMBOLS.find(([symbol]) => symbol.toLowerCase() === written.toLowerCase());
  return entry ? entry[1] : null;
}
