/**
 * Numbers written in words: "two", "twenty-five", "two hundred", "a dozen",
 * "zwei", "treinta y cinco", "zero point five". Runs of number words, joined
 * by spaces, hyphens, link words ("y", "and") or a decimal word ("point").
 */
import { articleBeforeScale } from './article-scales.js';
import type { FigureLexicon } from './figure-language.js';
import { readAfter } from './figure-units.js';
import { isCountable, withSign, type NumberCandidate } from './number-candidates.js';
import { percentAfterOne } from './one-percent.js';
import { articleFraction, fractionAfterRun } from './spelled-fractions.js';
import { spelledValue, type RunWord } from './spelled-value.js';

/** Scale words shorter than this are abbreviations ("mn", "tsd"), never the middle of a spelled number. */
const MIN_SCALE_WORD = 4;

/** Numbers written in words: "two", "twenty-five", "two hundred", "a dozen", "zwei", "treinta y cinco". */
export function spelledNumbers(text: string, lexicon: FigureLexicon): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  // "one million", "a billion", "un pour cent": a one is a figure only because of the scale or percent word after it.
  const ones: NumberCandidate[] = [];
  const word = /[\p{L}][\p{L}-]*/gu;
  let run: RunWord[] = [];
  const flush = () => {
    const whole = withoutTrailingScales(run);
    const fraction = fractionAfterRun(whole, text, lexicon);
    if (fraction) found.push(fraction);
    else if (whole.length < run.length && spelledValue(whole) === 1) ones.push(combine(whole, text));
    else for (const part of decimalOnlyWithUnit(whole, text, lexicon)) found.push(combine(part, text));
    run = [];
  };
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const lower = match[0].toLowerCase();
    const start = match.index;
    const previous = run[run.length - 1];
    const next = nextRunWord(lower, start, previous, text, lexicon);
    if (!next) {
      const fraction = previous && previous.end >= start - 12 ? null : articleFraction(lower, start, text, lexicon);
      if (fraction) found.push(fraction);
      const article = fraction ? null : articleBeforeScale(lower, start, text, lexicon);
      if (article) ones.push(article);
      else if (!fraction && lexicon.oneArticles.has(lower) && percentAfterOne(text, start + lower.length, lexicon)) ones.push({ start, end: start + lower.length, value: 1, spelled: true });
      continue;
    }
    if (previous && !next.decimal && !continuesRun(text.slice(previous.end, start), previous.value, next.value, lexicon)) flush();
    run.push(next);
  }
  flush();
  const countable = found
    .map((candidate) => withSign(candidate, text))
    .filter((candidate) => isCountable(candidate, text) || (Math.abs(candidate.value) === 1 && percentAfterOne(text, candidate.end, lexicon)))
    .filter((candidate) => !(lexicon.capitalsMarkNames && isInName(candidate, text)));
  return [...countable, ...ones];
}

/**
 * A capitalised number word inside a sentence, before another capitalised
 * word, is part of a name: "Ninety Mile Beach", "Three Mile Island", "the
 * Seven Sisters". At the start of a sentence or a quote it may be a figure.
 */
function isInName(candidate: NumberCandidate, text: string): boolean {
  const first = text[candidate.start] ?? '';
  if (first === first.toLowerCase()) return false;
  const before = text.slice(0, candidate.start).trimEnd();
  if (before === '' || /[.!?:;"“”«»‘’'(\[—–-]$/.test(before)) return false;
  const next = /^[\s-]+(\S)/.exec(text.slice(candidate.end));
  return next !== null && next[1] !== next[1]!.toLowerCase();
}

/**
 * The run word `lower` would add, or null when it is no number word. A scale
 * word joins a run ("tres millones cuatrocientos…") but is dropped again when
 * it ends one, so "two million euros" still reads its scale in figure-units.ts.
 */
function nextRunWord(lower: string, start: number, previous: RunWord | undefined, text: string, lexicon: FigureLexicon): RunWord | null {
  const end = start + lower.length;
  const value = lexicon.numberWords.get(lower);
  if (value !== undefined) {
    const gap = previous ? text.slice(previous.end, start) : '';
    // "zero point five", "cuarenta y siete coma veintiocho": the decimals after a decimal word.
    const decimal = previous !== undefined && (previous.decimal ? continuesRun(gap, previous.value, value, lexicon) : isDecimalPoint(gap, lexicon));
    return { start, end, value, multiplier: value === 100 || value === 1000, decimal, scale: false };
  }
  // Checked before the gap is cut, as most words are no scale: the gap since the last number word may be long.
  const scale = previous && !previous.decimal && lower.length >= MIN_SCALE_WORD ? lexicon.scales.get(lower) : undefined;
  if (scale === undefined || scale < 1000 || !/^[\s-]+$/.test(text.slice(previous!.end, start))) return null;
  return { start, end, value: scale, multiplier: true, decimal: false, scale: true };
}

/**
 * The run without the scale word it ends with, when that is its only one ("two million").
 * With a scale inside ("one million two hundred thousand"), the last one multiplies only
 * its own group, so it stays in the run's value.
 */
function withoutTrailingScales(run: readonly RunWord[]): RunWord[] {
  const last = run.length - 1;
  if (last < 1 || !run[last]!.scale || run.slice(0, last).some((word) => word.scale)) return [...run];
  return run.slice(0, last);
}

/** Whether the words between two number words keep them one number: a space or hyphen, or a link word in its place ("treinta y cinco", "two hundred and five"). */
function continuesRun(gap: string, previous: number, next: number, lexicon: FigureLexicon): boolean {
  if (/^[\s-]+$/.test(gap)) return true;
  const link = /^\s+(\p{L}+)\s+$/u.exec(gap)?.[1]?.toLowerCase();
  if (!link || !lexicon.numberLinks.has(link)) return false;
  // Only where the link joins parts of one number: tens then units, hundreds then the rest ("two and three" stay apart).
  return (previous >= 20 && previous < 100 && previous % 10 === 0 && next < 10) || (previous >= 100 && previous % 100 === 0 && next < 100);
}

/**
 * News spells a decimal out only with a unit or a scale ("two point five
 * billion", "zero point five percent"); before a plain noun, "point" is the
 * word ("at one point three men entered" is one, then three men).
 */
function decimalOnlyWithUnit(run: readonly RunWord[], text: string, lexicon: FigureLexicon): RunWord[][] {
  if (run.length === 0) return [];
  const firstDecimal = run.findIndex((word) => word.decimal);
  if (firstDecimal === -1) return [[...run]];
  const reading = readAfter(text.slice(run[run.length - 1]!.end), null, lexicon);
  if (reading && (reading.kind !== 'count' || reading.scale !== 1)) return [[...run]];
  return [run.slice(0, firstDecimal), run.slice(firstDecimal).map((word) => ({ ...word, decimal: false }))];
}

function isDecimalPoint(gap: string, lexicon: FigureLexicon): boolean {
  const word = /^\s+(\p{L}+)\s+$/u.exec(gap)?.[1]?.toLowerCase();
  return word !== undefined && lexicon.decimalPoints.has(word);
}

function combine(run: readonly RunWord[], text: string): NumberCandidate {
  let start = run[0]!.start;
  // "a dozen", "a hundred", "un mil millones": the article is part of the number.
  if ((run[0]!.value === 12 || run[0]!.multiplier) && /\b(a|une|un|una|ein|eine)\s+$/i.test(text.slice(Math.max(0, start - 5), start))) start = text.lastIndexOf(' ', start - 2) + 1;
  return { start, end: run[run.length - 1]!.end, value: spelledValue(run), spelled: true };
}
