/**
 * Matches the figures Plainsight finds in one spec input to the labelled spans.
 *
 * - A labelled span is *found* when a found figure overlaps its characters and has the
 *   same value (relative tolerance 1e-9). Percent spans also need the figure's unit to be "%".
 * - Its *currency* is found when such a figure's unit is one of the span's ISO codes.
 * - A found figure is *predicted* when it speaks of the file's kind: an ISO code as unit
 *   (3 capital letters) in a currency file, "%" in a percent file. It is *correct* when it
 *   overlaps a labelled span of the same value.
 */
import type { FoundFigure } from '../../../core/figures/figures-in-text.js';
import type { GoldSpan, SpecEntry } from './recognizers-spec.js';

export interface GoldOutcome {
  gold: GoldSpan;
  valueFound: boolean;
  /** Null when the span has no ISO code to check (percentages, sub-units, bare names). */
  currencyFound: boolean | null;
}

export interface EntryScore {
  entry: SpecEntry;
  outcomes: GoldOutcome[];
  predicted: Array<{ figure: FoundFigure; correct: boolean }>;
}

const TOLERANCE = 1e-9;

export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Scores one entry against the figures found in its input. */
export function scoreEntry(entry: SpecEntry, figures: readonly FoundFigure[]): EntryScore {
  const outcomes = entry.gold.map((gold): GoldOutcome => {
    const matches = figures.filter((figure) => overlaps(figure, gold) && gold.value !== null && sameValue(figure.value, gold.value) && (entry.model === 'currency' || figure.unit === '%'));
    const checkable = gold.value !== null && gold.codes.length > 0;
    return {
      gold,
      valueFound: matches.length > 0,
      currencyFound: checkable ? matches.some((figure) => figure.unit !== null && gold.codes.includes(figure.unit)) : null,
    };
  });
  const predicted = figures
    .filter((figure) => (entry.model === 'currency' ? /^[A-Z]{3}$/.test(figure.unit ?? '') : figure.unit === '%'))
    .map((figure) => ({ figure, correct: entry.gold.some((gold) => overlaps(figure, gold) && gold.value !== null && sameValue(figure.value, gold.value)) }));
  return { entry, outcomes, predicted };
}

function overlaps(figure: FoundFigure, gold: GoldSpan): boolean {
  return figure.start < gold.end && gold.start < figure.end;
}
