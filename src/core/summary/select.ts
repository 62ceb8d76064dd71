/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): picks sentences one
 * by one, each time the best score minus a penalty for resembling what is
 * already picked, so the summary does not say the same thing twice.
 */

/** How much resemblance to a chosen sentence costs, relative to the score range. */
export const REDUNDANCY_PENALTY = 1;
/** Above this similarity a sentence is a near-duplicate and never chosen. */
export const DUPLICATE_SIMILARITY = 0.6;

/** Indices of up to `count` chosen sentences, in the order they were chosen. */
export function selectByMmr(
  scores: readonly number[],
  similarity: readonly (readonly number[])[],
  count: number,
  penalty = REDUNDANCY_PENALTY,
): number[] {
  const chosen: number[] = [];
  const range = Math.max(...scores, 0) - Math.min(...scores, 0) || 1;
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    scores.forEach((score, index) => {
      if (chosen.includes(index)) return;
      const overlap = Math.max(0, ...chosen.map((other) => similarity[index]![other]!));
      if (overlap > DUPLICATE_SIMILARITY) return;
      const value = score - penalty * range * overlap;
      if (value > bestValue) [best, bestValue] = [index, value];
    });
    if (best < 0) break;
    chosen.push(best);
  }
  return chosen;
}
