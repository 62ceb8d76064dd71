/**
 * LexRank (Erkan & Radev 2004): a sentence is central when sentences that are
 * central themselves resemble it. PageRank over the similarity graph, with
 * continuous edge weights, computed by power iteration over the non-zero edges.
 */

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
/** Total change in scores (which sum to one) below which the iteration has converged. */
const TOLERANCE = 1e-6;

/** Stationary scores of the weighted similarity graph; uniform when no sentence resembles another. */
export function lexRank(similarity: readonly (readonly number[])[]): number[] {
  const size = similarity.length;
  if (size === 0) return [];
  // For each sentence, the sentences it passes score to, with its row-normalised edge weights.
  const targets: number[][] = [];
  const shares: number[][] = [];
  for (const row of similarity) {
    const sum = row.reduce((total, value) => total + value, 0);
    const to: number[] = [];
    const share: number[] = [];
    row.forEach((value, i) => {
      if (value > 0) {
        to.push(i);
        share.push(value / sum);
      }
    });
    targets.push(to);
    shares.push(share);
  }
  let scores = new Array<number>(size).fill(1 / size);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // A sentence linked to nothing spreads its score evenly, so the scores keep summing to one.
    let dangling = 0;
    for (let j = 0; j < size; j++) if (targets[j]!.length === 0) dangling += scores[j]!;
    const next = new Array<number>(size).fill((1 - DAMPING + DAMPING * dangling) / size);
    for (let j = 0; j < size; j++) {
      const to = targets[j]!;
      const share = shares[j]!;
      const score = DAMPING * scores[j]!;
      for (let k = 0; k < to.length; k++) next[to[k]!]! += score * share[k]!;
    }
    let change = 0;
    for (let i = 0; i < size; i++) change += Math.abs(next[i]! - scores[i]!);
    scores = next;
    if (change < TOLERANCE) break;
  }
  return scores;
}
