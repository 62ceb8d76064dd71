/**
 * Numbers written in words: "two", "twenty-five", "two hundred", "a dozen",
 * "zwei", "treinta y cinco", "zero point five". Runs of number words, joined
 * by spaces, hyphens, link words ("y", "and") or a decimal word ("point").
 */
import type { FigureLexicon } from './figure-language.js';
import { readAfter } from './figure-units.js';
import { isCountable, withSign, type NumberCandidate } from './number-candidates.js';

interface RunWord {
  start: number;
  end: number;
  value: number;
  /** A digit after the decimal word. */
  decimal: boolean;
}

/** Numbers written in words: "two", "twenty-five", "two hundred", "a dozen", "zwei", "treinta y cinco". */
export function spelledNumbers(text: string, lexicon: FigureLexicon): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  const word = /[\p{L}][\p{L}-]*/gu;
  let run: RunWord[] = [];
  const flush = () => {
    for (const part of decimalOnlyWithUnit(run, text, lexicon)) found.push(combine(part, text));
    run = [];
  };
  for (let match = word.exec(text); match; match = word.exec(text)) {
    const value = lexicon.numberWords.get(match[0].toLowerCase());
    if (value === undefined) continue;
    const start = match.index;
    const previous = run[run.length - 1];
    const gap = previous ? text.slice(previous.end, start) : '';
    // "zero point five", "dos coma cinco": digits after a decimal word, one word a digit.
    const decimal = previous !== undefined && value < 10 && (previous.decimal ? /^[\s-]+$/.test(gap) : isDecimalPoint(gap, lexicon));
    if (previous && !decimal && !continuesRun(gap, previous.value, value, lexicon)) flush();
    run.push({ start, end: start + match[0].length, value, decimal });
  }
  flush();
  return found.map((candidate) => withSign(candidate, text)).filter((candidate) => isCountable(candidate, text));
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
  let total = 0;
  let current = 0;
  let decimals = '';
  for (const { value, decimal } of run) {
    if (decimal) {
      decimals += String(value);
      continue;
    }
    if (value === 100 || value === 1000) current = (current || 1) * value;
    else current += value;
    if (value === 1000) {
      total += current;
      current = 0;
    }
  }
  let start = run[0]!.start;
  // "a dozen": the article is part of the number.
  if (run[0]!.value === 12 && /\b(a|une|un|una|ein|eine)\s+$/i.test(text.slice(Math.max(0, start - 5), start))) start = text.lastIndexOf(' ', start - 2) + 1;
  const value = total + current + (decimals ? Number(`0.${decimals}`) : 0);
  return { start, end: run[run.length - 1]!.end, value, spelled: true };
}
