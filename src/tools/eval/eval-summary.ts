/** Corpus-level figures of an eval run: averages, hidden-block counts, errors. */
import { averageScores, type AveragedScore } from './lib/shingles.js';
import type { PageOutcome } from './lib/corpus-pages.js';
import type { HiddenArticleLine, PageEval } from './score-page.js';

export interface EvalGroup {
  label: string;
  plainsight: AveragedScore;
  readability: AveragedScore;
}

export interface EvalSummary {
  corpus: string;
  date: string;
  pages: number;
  errors: { name: string; error: string }[];
  groups: EvalGroup[];
  hiddenByKind: Record<string, number>;
  pagesWithHidden: number;
  articleLinesHidden: HiddenArticleLine[];
  results: PageEval[];
}

/** Summarises per-page outcomes: all scored pages, then real pages (≥ 5 KB), then small fixtures. */
export function summarizeEval(corpus: string, outcomes: readonly PageOutcome<PageEval>[], date = new Date()): EvalSummary {
  const results = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
  const errors = outcomes.flatMap((outcome) => (outcome.ok ? [] : [{ name: outcome.name, error: outcome.error }]));
  const group = (label: string, pages: readonly PageEval[]): EvalGroup => ({
    label,
    plainsight: averageScores(pages.map((page) => page.plainsight.score)),
    readability: averageScores(pages.map((page) => page.readability.score)),
  });
  const hiddenByKind: Record<string, number> = {};
  for (const page of results) {
    for (const [kind, count] of Object.entries(page.hiddenByKind)) hiddenByKind[kind] = (hiddenByKind[kind] ?? 0) + count;
  }
  return {
    corpus,
    date: date.toISOString(),
    pages: outcomes.length,
    errors,
    groups: [
      group('all pages', results),
      group('real pages (≥ 5 KB)', results.filter((page) => !page.small)),
      group('small fixtures (< 5 KB)', results.filter((page) => page.small)),
      {
        label: 'all pages, body text (captions out)',
        plainsight: averageScores(results.map((page) => page.plainsight.bodyScore)),
        readability: averageScores(results.map((page) => page.readability.bodyScore)),
      },
    ],
    hiddenByKind,
    pagesWithHidden: results.filter((page) => Object.keys(page.hiddenByKind).length > 0).length,
    articleLinesHidden: results.flatMap((page) => page.articleLinesHidden),
    results,
  };
}
