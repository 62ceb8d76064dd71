/**
 * The value of a run of number words, once spelled-numbers.ts has found it:
 * "tres millones cuatrocientos cincuenta y dos mil" → 3 452 000,
 * "cuarenta y siete coma veintiocho" → 47.28, "two point five six" → 2.56.
 */

export interface RunWord {
  start: number;
  end: number;
  value: number;
  /** Multiplies the words before it that are smaller: "hundred", "mil", "millones". */
  multiplier: boolean;
  /** Part of the decimals, after the decimal word. */
  decimal: boolean;
  /** A scale word ("millones"), kept only inside a run, never at its end. */
  scale: boolean;
}

/** The number a run of words stands for: its whole part, then its decimals. */
export function spelledValue(run: readonly RunWord[]): number {
  const whole = run.filter((word) => !word.decimal);
  const decimals = run.filter((word) => word.decimal);
  if (decimals.length === 0) return wholeValue(whole);
  // "two point five six" reads digit by digit; "coma veintiocho", "con cincuenta" read one number.
  const digits = decimals.every((word) => word.value < 10 && !word.multiplier)
    ? decimals.map((word) => String(word.value)).join('')
    : String(wholeValue(decimals));
  return wholeValue(whole) + Number(`0.${digits}`);
}

/**
 * Each multiplier takes the sum of the smaller parts before it, so scales nest
 * as speech does: "three billion four hundred and five thousand two hundred"
 * is 3 × 10^9 + (400 + 5) × 1000 + 2 × 100.
 */
function wholeValue(words: readonly RunWord[]): number {
  const parts: number[] = [];
  for (const { value, multiplier } of words) {
    if (!multiplier) {
      parts.push(value);
      continue;
    }
    let group = 0;
    while (parts.length > 0 && (parts[parts.length - 1] as number) < value) group += parts.pop() as number;
    parts.push((group || 1) * value);
  }
  return parts.reduce((sum, part) => sum + part, 0);
}

/**
 * The value of a run followed by a fraction word: "tres quintos" → 3/5,
 * "ciento treinta con tres veintiunavos" → 130 + 3/21. `plusOne` reads
 * "two and a half": the run is whole and the fraction has a numerator of one.
 */
export function fractionValue(run: readonly RunWord[], denominator: number, plusOne: boolean): number {
  if (plusOne) return spelledValue(run) + 1 / denominator;
  const whole = run.filter((word) => !word.decimal);
  const numerator = run.filter((word) => word.decimal);
  if (numerator.length === 0) return wholeValue(whole) / denominator;
  return wholeValue(whole) + wholeValue(numerator) / denominator;
}
