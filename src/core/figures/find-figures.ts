/**
 * Finds the figures of one paragraph: money, percentages, measures, counts,
 * ranges and shares ("half of"), with their value and unit.
 *
 *   numbers (digits + words) ─▶ currency before? ─▶ range "10 to 15"? ─▶ scale / currency / % / unit after
 *                                                                     ├─▶ otherwise the noun it counts
 *                                                                     └─▶ otherwise a percent word before ("percent of 10")
 */
import type { FigureLexicon } from './figure-language.js';
import { centsAfter } from './cents-after.js';
import { countedNoun, countedNounAfterScale } from './counted-noun.js';
import { currencyBefore } from './currency-before.js';
import { readAfter, type FigureKind } from './figure-units.js';
import { digitNumbers, type NumberCandidate } from './number-candidates.js';
import { percentWordBefore } from './percent-before.js';
import { spelledNumbers } from './spelled-numbers.js';

export interface FoundFigure {
  text: string;
  value: number;
  unit: string | null;
  kind: FigureKind | 'range';
  start: number;
  end: number;
}

/** Longer than any currency prefix with its space: "u.s. $ ". */
const PREFIX_WINDOW = 10;
/** "3 to 5", "entre 3 et 5", "zwischen 3 und 5", "entre el 3 y el 5", "tra il 3 e il 5". */
const RANGE_LINK = /^\s*(?:-|–|—|to|and|bis|und|à|et|a|al|y|e|до|и)(?:\s+(?:el|il|l['’]))?\s*$/i;
const YEAR_RANGE = /^\s?[-–—]\s?(\d{4})(?!\d)/;
/** "between 2007 and 2012", "from 2007 to 2012", "von 2007 bis 2012". */
const WORDED_YEAR_RANGE = /^\s(?:and|to|bis|à|au|a|al|e|и|по|до)\s(\d{4})(?!\d)/i;
const RANGE_OPENER = /(?:between|from|von|zwischen|de|entre|dal|tra|fra|с|между)\s$/i;

/** All figures in `text`, in reading order. */
export function findFigures(text: string, lexicon: FigureLexicon, lang: string | null | undefined): FoundFigure[] {
  const numbers = [...digitNumbers(text, lang), ...spelledNumbers(text, lexicon)].sort((a, b) => a.start - b.start);
  const figures: FoundFigure[] = [];
  let consumed = 0;
  for (let i = 0; i < numbers.length; i++) {
    const first = numbers[i] as NumberCandidate;
    if (first.start < consumed) continue;
    const years = yearRange(text, first);
    if (years) {
      figures.push(years);
      consumed = years.end;
      continue;
    }
    const next = numbers[i + 1];
    const prefix = currencyBefore(text.slice(Math.max(0, first.start - PREFIX_WINDOW), first.start));
    const isRange = next !== undefined && RANGE_LINK.test(text.slice(first.end, next.start).replace(/[$€£¥₽₹]/g, ''));
    const last = isRange ? (next as NumberCandidate) : first;
    const figure = readFigure(text, first, last, prefix, lexicon) ?? percentNamedBefore(text, first, consumed, lexicon);
    if (!figure) continue;
    figures.push(figure);
    consumed = figure.end;
  }
  // "deux tiers des électeurs" is a share, not two "tiers"; "drei Viertel Prozent" is 0.75 %, not also three quarters.
  const shares = fractions(text, lexicon);
  const kept = figures.filter((figure) => figure.kind !== 'count' || !shares.some((share) => overlaps(share, figure)));
  return [...kept, ...shares.filter((share) => !kept.some((figure) => overlaps(share, figure)))].sort((a, b) => a.start - b.start);
}

function readFigure(text: string, first: NumberCandidate, last: NumberCandidate, prefix: { code: string; length: number } | null, lexicon: FigureLexicon): FoundFigure | null {
  const start = first.start - (prefix?.length ?? 0);
  const reading = readAfter(text.slice(last.end), prefix?.code ?? null, lexicon);
  const ranged = first !== last;
  if (reading && reading.kind !== 'count') {
    let end = last.end + reading.endOffset;
    let value = exact(first.value * (reading.kind === 'money' ? reading.scale : 1));
    const cents = reading.kind === 'money' && !prefix && !ranged && reading.scale === 1 && Number.isInteger(value) ? centsAfter(text, end, lexicon) : null;
    if (cents) {
      value = exact(value + Math.sign(value || 1) * cents.value);
      end = cents.end;
    }
    return { text: text.slice(start, end).trim(), value, unit: reading.unit, kind: ranged ? 'range' : reading.kind, start, end };
  }
  const scale = reading?.scale ?? 1;
  const nounStart = last.end + (reading?.endOffset ?? 0);
  if (!first.spelled && isYear(first.value) && scale === 1) return null;
  const noun = (scale === 1 ? countedNoun : countedNounAfterScale)(text.slice(nounStart), lexicon, first.value * scale);
  if (!noun && scale === 1) return null;
  const end = nounStart + (noun?.length ?? 0);
  return { text: text.slice(start, end).trim(), value: exact(first.value * scale), unit: noun?.noun ?? null, kind: ranged ? 'range' : 'count', start, end };
}

/** "percent of 10", "pourcentage de vingt": a number nothing else explains, with a percent word before it. */
function percentNamedBefore(text: string, number: NumberCandidate, consumed: number, lexicon: FigureLexicon): FoundFigure | null {
  if (!number.spelled && isYear(number.value)) return null;
  const start = percentWordBefore(text, number.start, number.end, consumed, lexicon);
  if (start < 0) return null;
  return { text: text.slice(start, number.end), value: number.value, unit: '%', kind: 'percent', start, end: number.end };
}

/** "2007-2012", "2007–2012": a span of years is a fact of its own, unlike a single date. */
function yearRange(text: string, first: NumberCandidate): FoundFigure | null {
  if (first.spelled || !isYear(first.value)) return null;
  const opened = RANGE_OPENER.test(text.slice(Math.max(0, first.start - 10), first.start));
  const match = YEAR_RANGE.exec(text.slice(first.end)) ?? (opened ? WORDED_YEAR_RANGE.exec(text.slice(first.end)) : null);
  const endYear = Number(match?.[1]);
  if (!match || !isYear(endYear) || endYear <= first.value) return null;
  const end = first.end + match[0].length;
  return { text: text.slice(first.start, end), value: first.value, unit: null, kind: 'range', start: first.start, end };
}

/** Rounds away binary noise: 16.4 × 10^6 is 16400000, not 16399999.999999998. */
function exact(value: number): number {
  return Number(value.toPrecision(12));
}

function overlaps(a: FoundFigure, b: FoundFigure): boolean {
  return a.start < b.end && a.end > b.start;
}

function isYear(value: number): boolean {
  return Number.isInteger(value) && value >= 1800 && value <= 2100;
}

/** "half of", "a third of", "la moitié": shares reported as percentages. */
function fractions(text: string, lexicon: FigureLexicon): FoundFigure[] {
  const found: FoundFigure[] = [];
  const lower = text.toLowerCase();
  for (const [phrase, value] of lexicon.fractions) {
    let at = lower.indexOf(phrase);
    while (at >= 0) {
      const before = lower[at - 1] ?? ' ';
      const after = lower[at + phrase.length] ?? ' ';
      if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after) && !found.some((figure) => at < figure.end && at + phrase.length > figure.start)) {
        const written = text.slice(at, at + phrase.length).replace(/\s+(of|the)$/i, '');
        found.push({ text: written, value, unit: '%', kind: 'percent', start: at, end: at + written.length });
      }
      at = lower.indexOf(phrase, at + phrase.length);
    }
  }
  return found;
}
