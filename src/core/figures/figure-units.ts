/**
 * What a number measures, read from the words around it: a currency before
 * or after it, a scale ("billion", "bn", "млрд"), a percent sign or word, a
 * unit of measure, or the noun it counts.
 */
import { CURRENCY_SYMBOLS, ISO_CODES, normalizeCode } from './currencies.js';
import type { FigureLexicon } from './figure-language.js';
import { keyStarts, leadingToken, mayStartWith, type KeyStarts } from './key-starts.js';
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
  /** How the keys of each pattern start, to skip running it after an ordinary word. */
  scaleStarts: KeyStarts;
  currencyStarts: KeyStarts;
  percentStarts: KeyStarts;
  /** Lower-case first characters of the measure units' written forms. */
  measureChars: Set<string>;
}

/** Letters of the scripts the lexicons are written in (Latin with its accents, Greek, Cyrillic), for `[…]` classes under the `i` flag. */
const LETTERS = 'a-z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f';

/** A currency sign right after a scale letter: "M€", "k€". */
const SIGN_GLUED = /^[€$£¥₽₹]/;

/** Percent abbreviations that are other words in capitals: "5.4pc" is a rate, "5 PC games" are computers. */
const LOWER_CASE_ONLY = new Set(['pc']);

const compiled = new WeakMap<FigureLexicon, Patterns>();
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

function patterns(lexicon: FigureLexicon): Patterns {
  let found = compiled.get(lexicon);
  if (!found) {
    const symbols = CURRENCY_SYMBOLS.map(([symbol]) => symbol);
    const currencyKeys = [...lexicon.currencyWords.keys(), ...ISO_CODES, ...symbols];
    found = {
      // Plain patterns with letter classes for the lexicons' scripts: case-insensitive Unicode patterns this size
      // cost several times more to compile, and a content script compiles them again on every page.
      scale: new RegExp(`^(\\s?|[\\s\\u00a0-]+)(${alternation(lexicon.scales.keys())})\\.?(?![${LETTERS}0-9])`, 'i'),
      currencyAfter: new RegExp(`^[\\s\\u00a0]*(?:(?:${alternation(lexicon.currencyLinks)})\\s*)?(${alternation(currencyKeys)})(?![${LETTERS}'’])`, 'i'),
      // "a 5-percent rise", "die 5-Prozent-Hürde": a percent word may be hyphened to its number.
      percent: new RegExp(`^(?:[\\s\\u00a0]*|-)(${alternation(lexicon.percentWords)})(?![${LETTERS}])`, 'i'),
      measure: new RegExp(`^[\\s\\u00a0]?(?:${MEASURE_UNITS.map(([forms]) => `(${withoutGroups(forms)})(?![${LETTERS}0-9])`).join('|')})`, 'i'),
      scaleStarts: keyStarts(lexicon.scales.keys()),
      currencyStarts: keyStarts([...currencyKeys, ...lexicon.currencyLinks]),
      percentStarts: keyStarts(lexicon.percentWords),
      measureChars: new Set(MEASURE_UNITS.flatMap(([forms]) => topLevelAlternatives(forms).map((form) => (form[0] as string).toLowerCase()))),
    };
    compiled.set(lexicon, found);
  }
  return found;
}

/** Reads what follows a number (`after` starts right after its last digit or word). */
export function readAfter(after: string, prefixCurrency: string | null, lexicon: FigureLexicon): Reading | null {
  const { scale, currencyAfter, percent, measure, scaleStarts, currencyStarts, percentStarts, measureChars } = patterns(lexicon);
  let offset = 0;
  let multiplier = 1;
  let token = leadingToken(after);
  const scaleMatch = mayStartWith(token, scaleStarts) ? scale.exec(after) : null;
  if (scaleMatch) {
    const word = (scaleMatch[2] as string).toLowerCase();
    // "5m", "5bn", "$5 m", "2 M€": a one-letter scale needs a currency or no space ("5 m" alone is five metres).
    if (word.length > 1 || prefixCurrency || scaleMatch[1] === '' || SIGN_GLUED.test(after.slice(scaleMatch[0].length))) {
      multiplier = lexicon.scales.get(word) ?? 1;
      offset = scaleMatch[0].length;
      // "mln.", "Mrd." keep their dot; a sentence's final dot after "million." does not belong to the figure.
      const next = after.slice(offset);
      if (scaleMatch[0].endsWith('.') && !/^\s*[\p{Ll}\p{Sc}]/u.test(next) && !currencyAfter.test(next)) offset--;
    }
  }
  const rest = after.slice(offset);
  if (offset > 0) token = leadingToken(rest);
  const currency = mayStartWith(token, currencyStarts) ? currencyAfter.exec(rest) : null;
  if (currency && !prefixCurrency) {
    const written = currency[1] as string;
    const code = lexicon.currencyWords.get(written.toLowerCase()) ?? symbolCode(written) ?? (ISO_CODES.has(written.toUpperCase()) && written === written.toUpperCase() ? normalizeCode(written) : null);
    if (code) return { kind: 'money', unit: code, scale: multiplier, startOffset: 0, endOffset: offset + currency[0].length };
  }
  if (prefixCurrency) return { kind: 'money', unit: prefixCurrency, scale: multiplier, startOffset: 0, endOffset: offset };
  const percentMatch = mayStartWith(token, percentStarts) ? percent.exec(rest) : null;
  if (percentMatch && !(LOWER_CASE_ONLY.has(token) && /\p{Lu}/u.test(percentMatch[1] as string))) return { kind: 'percent', unit: '%', scale: 1, startOffset: 0, endOffset: offset + percentMatch[0].length };
  if (offset === 0 && measureChars.has(firstAfterSpace(rest))) {
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

/** The lower-case character after at most one space, as the measure pattern allows. */
function firstAfterSpace(text: string): string {
  const first = text[0] === ' ' || text[0] === '\u00a0' ? text[1] : text[0];
  return (first ?? '').toLowerCase();
}

/** The alternatives of a regex source at nesting depth 0: "km/h|kph" → ["km/h", "kph"]. */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  return [...parts, source.slice(from)];
}

/** Makes a unit's own groups non-capturing, so group numbers map to units. */
function withoutGroups(forms: string): string {
  return forms.replace(/\((?!\?)/g, '(?:');
}

function symbolCode(written: string): string | null {
  const entry = CURRENCY_SYMBOLS.find(([symbol]) => symbol.toLowerCase() === written.toLowerCase());
  return entry ? entry[1] : null;
}
