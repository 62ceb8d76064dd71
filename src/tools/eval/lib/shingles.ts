/**
 * Word-shingle overlap, the measure of the article-extraction-benchmark:
 * each text becomes a multiset of word n-grams (n = 4); a page's precision is
 * the share of the extracted n-grams that are in the expected text, its recall
 * the share of the expected n-grams that were extracted (counts clipped, so a
 * repeated sentence only matches as often as it is expected). Pages are
 * averaged with equal weight and F1 is taken of the averages.
 */
import { wordTokens } from './word-tokens.js';

export const SHINGLE_SIZE = 4;

/** A multiset of shingles: shingle key → how often it occurs. */
export type ShingleBag = Map<string, number>;

/** Precision, recall and F1 of one extraction against its expected text. */
export interface ShingleScore {
  precision: number;
  recall: number;
  f1: number;
  /** Shingles in the expected text, in the extraction, and in both (clipped). */
  expected: number;
  extracted: number;
  matched: number;
}

/**
 * Multiset of the n-grams of `tokens`. A non-empty text shorter than n
 * still yields one shingle (all its tokens), so a three-word text is not
 * scored as if it were empty.
 */
export function shinglesOfTokens(tokens: readonly string[], size = SHINGLE_SIZE): ShingleBag {
  const bag: ShingleBag = new Map();
  if (tokens.length === 0) return bag;
  const last = Math.max(0, tokens.length - size);
  for (let start = 0; start <= last; start++) {
    const key = tokens.slice(start, start + size).join(' ');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** Multiset of the word n-grams of `text`. */
export function shingles(text: string, size = SHINGLE_SIZE): ShingleBag {
  return shinglesOfTokens(wordTokens(text), size);
}

/** Total count of a multiset. */
export function bagSize(bag: ShingleBag): number {
  let total = 0;
  for (const count of bag.values()) total += count;
  return total;
}

/** Clipped overlap: Σ min(count in a, count in b). */
export function overlap(a: ShingleBag, b: ShingleBag): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let matched = 0;
  for (const [key, count] of small) matched += Math.min(count, large.get(key) ?? 0);
  return matched;
}

/**
 * Scores an extraction. Edge cases, chosen so a failed extraction never looks good:
 * both empty → P = R = 1; nothing extracted from a non-empty article → P = R = 0;
 * text extracted where nothing was expected → P = 0, R = 1.
 */
export function scoreShingles(expected: ShingleBag, extracted: ShingleBag): ShingleScore {
  const expectedCount = bagSize(expected);
  const extractedCount = bagSize(extracted);
  const matched = overlap(expected, extracted);
  let precision: number;
  let recall: number;
  if (expectedCount === 0 && extractedCount === 0) [precision, recall] = [1, 1];
  else if (extractedCount === 0) [precision, recall] = [0, 0];
  else if (expectedCount === 0) [precision, recall] = [0, 1];
  else [precision, recall] = [matched / extractedCount, matched / expectedCount];
  return { precision, recall, f1: f1(precision, recall), expected: expectedCount, extracted: extractedCount, matched };
}

/** Scores the text `extracted` against the text `expected`. */
export function scoreTexts(expected: string, extracted: string): ShingleScore {
  return scoreShingles(shingles(expected), shingles(extracted));
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Corpus figures: precision and recall averaged over pages, F1 of those averages. */
export interface AveragedScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
}

export function averageScores(scores: readonly Pick<ShingleScore, 'precision' | 'recall'>[]): AveragedScore {
  if (scores.length === 0) return { pages: 0, precision: 0, recall: 0, f1: 0 };
  const precision = scores.reduce((sum, s) => sum + s.precision, 0) / scores.length;
  const recall = scores.reduce((sum, s) => sum + s.recall, 0) / scores.length;
  return { pages: scores.length, precision, recall, f1: f1(precision, recall) };
}
