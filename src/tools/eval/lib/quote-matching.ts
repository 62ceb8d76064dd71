/**
 * Matches predicted quotes to gold quotes by character overlap, and judges
 * speakers.
 *
 * A prediction matches a gold quote when their character ranges overlap by at
 * least half of the shorter of the two (so one prediction per quoted fragment
 * of a gold quote counts, and a prediction that only grazes a gold quote does
 * not). A gold quote is found when some prediction matches it; a prediction
 * is correct when it matches some gold quote.
 */
import type { GoldQuote } from './gold-quotes.js';

export type Range = [number, number];

/** Minimum overlap, as a share of the shorter range. */
const MIN_OVERLAP = 0.5;

/** Finds where each predicted quote stands in the article text (in reading order), or null when it cannot. */
export function locatePredictions(text: string, quotes: readonly string[]): Array<Range | null> {
  let cursor = 0;
  return quotes.map((quote) => {
    const range = locate(text, quote, cursor) ?? locate(text, quote, 0);
    if (range) cursor = range[0] + 1;
    return range;
  });
}

function locate(text: string, quote: string, from: number): Range | null {
  const whole = text.indexOf(quote, from);
  if (whole >= 0) return [whole, whole + quote.length];
  // A quote joined across paragraphs: find its first and last words.
  const head = quote.slice(0, 40);
  const tail = quote.slice(-40);
  const start = text.indexOf(head, from);
  if (start < 0) return null;
  const end = text.indexOf(tail, start);
  return end < 0 ? [start, start + head.length] : [start, end + tail.length];
}

function overlap(a: readonly Range[], b: Range): number {
  return a.reduce((sum, [from, to]) => sum + Math.max(0, Math.min(to, b[1]) - Math.max(from, b[0])), 0);
}

function length(ranges: readonly Range[]): number {
  return ranges.reduce((sum, [from, to]) => sum + (to - from), 0);
}

/** Whether a predicted range matches a gold quote. */
export function matches(gold: GoldQuote, predicted: Range): boolean {
  const shared = overlap(gold.ranges, predicted);
  return shared > 0 && shared >= MIN_OVERLAP * Math.min(length(gold.ranges), predicted[1] - predicted[0]);
}

/**
 * Speaker agreement. Names agree when the predicted name's last word equals
 * the last capitalised word of the gold name's head (the part before any
 * comma or bracket, possessives removed): "Paul D. Ryan" ~ "House Speaker
 * Paul D. Ryan (R-Wis.)", "Robby Mook" ~ "Hillary Clinton’s campaign manager
 * Robby Mook". A null gold speaker agrees only with a null prediction.
 */
export function sameSpeaker(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  const goldKey = lastCapitalised(gold.split(/[,(]/)[0] ?? gold);
  const predictedKey = lastCapitalised(predicted) ?? lastWord(predicted);
  return goldKey !== null && goldKey === predictedKey;
}

function lastCapitalised(name: string): string | null {
  const words = name.split(/\s+/).map((word) => word.replace(/[’']s$/, '').replace(/[^\p{L}\p{N}-]/gu, ''));
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (/^\p{Lu}/u.test(word)) return word.toLowerCase();
  }
  return null;
}

function lastWord(name: string): string {
  return (name.trim().split(/\s+/).pop() ?? '').toLowerCase();
}
