/**
 * Orders figures by salience: money and shares before plain counts, figures
 * in the lead or in the summary first, big and repeated figures up; one entry
 * per value and unit.
 */
import type { FigureKind } from './figure-units.js';

export interface ScoredFigure {
  text: string;
  value: number;
  unit: string | null;
  context: string;
  kind: FigureKind | 'range';
  /** Index of the paragraph it stands in. */
  block: number;
}

const KIND_WEIGHT: Record<ScoredFigure['kind'], number> = { money: 3, percent: 2.5, measure: 2, count: 2, range: 1.2 };

/** Ranks and de-duplicates figures; keeps at most `limit`. */
export function rankFigures(figures: readonly ScoredFigure[], summary: readonly string[], limit: number): ScoredFigure[] {
  const summaryText = summary.join(' ').toLowerCase();
  const groups = new Map<string, { figure: ScoredFigure; score: number; count: number }>();
  for (const figure of figures) {
    const key = `${figure.unit ?? ''}|${figure.value}`;
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    groups.set(key, { figure, score: score(figure, summaryText), count: 1 });
  }
  return [...groups.values()]
    .map((group) => ({ ...group, score: group.score + Math.min(1.5, 0.5 * (group.count - 1)) }))
    .sort((a, b) => b.score - a.score || a.figure.block - b.figure.block)
    .slice(0, limit)
    .map((group) => group.figure);
}

function score(figure: ScoredFigure, summaryText: string): number {
  let total = KIND_WEIGHT[figure.kind];
  if (figure.block === 0) total += 2;
  else if (figure.block === 1) total += 1;
  if (summaryText && summaryText.includes(figure.text.toLowerCase())) total += 3;
  const magnitude = Math.log10(Math.max(1, Math.abs(figure.value)));
  if (figure.kind === 'money') total += Math.min(2, magnitude / 5);
  if (figure.kind === 'count') total += Math.min(1, magnitude / 4) - (figure.value < 10 ? 0.5 : 0);
  return total;
}
