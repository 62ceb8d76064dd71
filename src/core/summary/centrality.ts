/**
 * LexRank (Erkan & Radev 2004): a sentence is central when sentences that are
 * central themselves resemble it. PageRank over the similarity graph, with
 * continuous edge weights, computed by power iteration.
 */

const DAMPING = 0.85;
const ITERATIONS = 50;
const TOLERANCE = 1e-6;

/** Stationary scores of the weighted similarity graph; uniform when no sentence resembles another. */
export function lexRank(similarity: readonly (readonly number[])[]): number[] {
  const size = similarity.length;
  if (size === 0) return [];
  const rowSums = similarity.map((row) => row.reduce((sum, value) => sum + value, 0));
  let scores = new Array<number>(size).fill(1 / size);
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    const next = new Array<number>(size).fill((1 - DAMPING) / size);
    // A sentence linked to nothing spreads its score evenly, so the scores keep summing to one.
    let dangling = 0;
    for (let j = 0; j < size; j++) {
      const sum = rowSums[j]!;
      if (sum === 0) {
        dangling += scores[j]!;
        continue;
      }
      const share = (DAMPING * scores[j]!) / sum;
      const row = similarity[j]!;
      for (let i = 0; i < size; i++) if (row[i]! > 0) next[i]! += share * row[i]!;
    }
    for (let i = 0; i < size; i++) next[i]! += (DAMPING * dangling) / size;
    const change = next.reduce((total, value, i) => total + Math.abs(value - scores[i]!), 0);
    scores = next;
    if (change < TOLERANCE) break;
  }
  return scores;
}
