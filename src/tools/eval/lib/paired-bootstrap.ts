/**
 * Paired bootstrap over articles (Koehn 2004): how sure can we be that system A
 * beats system B on articles like these, rather than on these 100 by chance?
 */

export interface PairedDifference {
  /** Mean of a − b. */
  mean: number;
  /** 2.5th and 97.5th percentiles of the resampled mean difference. */
  low: number;
  high: number;
  /** Items where a > b, and where b > a. */
  wins: number;
  losses: number;
}

/** Resamples item indices with replacement; a fixed seed keeps reports reproducible. */
export function pairedBootstrap(a: readonly number[], b: readonly number[], resamples = 1000, seed = 1): PairedDifference {
  if (a.length !== b.length) throw new Error('paired samples must have the same length');
  const diffs = a.map((value, index) => value - b[index]!);
  const count = diffs.length;
  const mean = count ? diffs.reduce((sum, d) => sum + d, 0) / count : 0;
  let state = seed >>> 0;
  // Mulberry32: a small, well-mixed deterministic generator.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const means: number[] = [];
  for (let r = 0; r < resamples && count; r++) {
    let sum = 0;
    for (let i = 0; i < count; i++) sum += diffs[Math.floor(random() * count)]!;
    means.push(sum / count);
  }
  means.sort((x, y) => x - y);
  const at = (q: number) => means[Math.min(means.length - 1, Math.floor(q * means.length))] ?? 0;
  return { mean, low: at(0.025), high: at(0.975), wins: diffs.filter((d) => d > 0).length, losses: diffs.filter((d) => d < 0).length };
}
