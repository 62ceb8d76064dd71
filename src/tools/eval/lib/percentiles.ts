/** Order statistics for timings: median and nearest-rank percentiles. */

/**
 * The p-th percentile (0–100) by linear interpolation between closest ranks
 * (the "R-7" definition, as numpy and spreadsheets use). NaN for no values.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

/** Middle value (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** 90th percentile. */
export function p90(values: readonly number[]): number {
  return percentile(values, 90);
}
