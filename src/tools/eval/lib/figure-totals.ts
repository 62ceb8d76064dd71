/** Sums entry scores of the figures eval into counts and recall/precision ratios. */
import type { EntryScore } from './figure-matching.js';

export interface FigureTotals {
  entries: number;
  /** Every labelled span, bare currency names included. */
  spans: number;
  /** Labelled spans with a number (value not null). */
  numbered: number;
  valueFound: number;
  /** Numbered spans whose currency has an ISO code to check, and how many were found with it. */
  currencySpans: number;
  currencyFound: number;
  predicted: number;
  predictedCorrect: number;
}

export function sumScores(scores: readonly EntryScore[]): FigureTotals {
  const totals: FigureTotals = { entries: 0, spans: 0, numbered: 0, valueFound: 0, currencySpans: 0, currencyFound: 0, predicted: 0, predictedCorrect: 0 };
  for (const score of scores) {
    totals.entries++;
    for (const outcome of score.outcomes) {
      totals.spans++;
      if (outcome.gold.value !== null) totals.numbered++;
      if (outcome.valueFound) totals.valueFound++;
      if (outcome.currencyFound !== null) totals.currencySpans++;
      if (outcome.currencyFound) totals.currencyFound++;
    }
    totals.predicted += score.predicted.length;
    totals.predictedCorrect += score.predicted.filter((prediction) => prediction.correct).length;
  }
  return totals;
}

/** A ratio with three decimals, or "–" when there is nothing to divide. */
export function ratio(part: number, whole: number): string {
  return whole === 0 ? '–' : (part / whole).toFixed(3);
}

/** The report row of one group: counts, then value recall (all / with a number), value+currency recall, precision. */
export function totalsRow(label: readonly string[], totals: FigureTotals): string[] {
  return [
    ...label,
    String(totals.entries),
    `${totals.numbered}/${totals.spans}`,
    `${ratio(totals.valueFound, totals.spans)} (${totals.valueFound})`,
    ratio(totals.valueFound, totals.numbered),
    totals.currencySpans ? `${ratio(totals.currencyFound, totals.currencySpans)} (${totals.currencyFound}/${totals.currencySpans})` : '–',
    `${ratio(totals.predictedCorrect, totals.predicted)} (${totals.predictedCorrect}/${totals.predicted})`,
  ];
}

export const TOTALS_HEADER = ['entries', 'numbered/all spans', 'value recall, all (found)', 'value recall, numbered', 'value+currency recall', 'precision'];
