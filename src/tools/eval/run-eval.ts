/** Runs the eval over a corpus folder (used by the `eval` and `report` commands). */
import { forEachCorpusPage } from './lib/corpus-pages.js';
import { scorePage } from './score-page.js';
import { summarizeEval, type EvalSummary } from './eval-summary.js';

export interface RunEvalOptions {
  limit?: number;
  /** Progress dots on stderr unless quiet. */
  quiet?: boolean;
}

export async function runEval(corpus: string, options: RunEvalOptions = {}): Promise<EvalSummary> {
  const outcomes = await forEachCorpusPage(corpus, scorePage, {
    limit: options.limit,
    onPage: (outcome) => {
      if (options.quiet) return;
      process.stderr.write(outcome.ok ? '.' : `\nerror on ${outcome.name}: ${outcome.error}\n`);
    },
  });
  if (!options.quiet) process.stderr.write('\n');
  return summarizeEval(corpus, outcomes);
}
