/** Runs the chosen benchmark parts and collects their Markdown and data (used by `bench` and `report`). */
import { benchEngine, type EngineBench } from './engine-bench.js';
import { BROWSERS, measureSizes, type SizeReport } from './bundle-size.js';
import { engineMarkdown, sizeMarkdown } from './bench-markdown.js';
import { benchLive, liveMarkdown, type LiveBench } from './live-bench.js';
import { benchBudgets, budgetMarkdown, type BudgetRow } from './budget-bench.js';

export interface BenchOptions {
  /** Project root (holds dist/ and src/). */
  root: string;
  /** Corpus folder; the engine and live parts are skipped without one. */
  corpus: string | undefined;
  runs: number;
  limit?: number;
  /** Loads per page and number of pages for the live part (defaults 3 and 20). */
  liveRuns?: number;
  livePages?: number;
  /** Any of 'engine', 'size', 'live', 'budget'. */
  parts: Set<string>;
  quiet?: boolean;
}

export interface BenchData {
  date: string;
  engine: EngineBench | null;
  sizes: SizeReport[] | null;
  live: LiveBench | null;
  budgets?: BudgetRow[] | null;
}

export async function runBench(options: BenchOptions): Promise<{ data: BenchData; markdown: string }> {
  const data: BenchData = { date: new Date().toISOString(), engine: null, sizes: null, live: null };
  const sections: string[] = [];
  if (options.parts.has('engine') && !options.corpus) sections.push('### Engine\n\nSkipped: no `--corpus DIR` given.\n');
  if (options.parts.has('engine') && options.corpus) {
    data.engine = await benchEngine(options.corpus, { runs: options.runs, limit: options.limit, quiet: options.quiet });
    sections.push(engineMarkdown(data.engine));
  }
  if (options.parts.has('size')) {
    data.sizes = [];
    for (const browser of BROWSERS) data.sizes.push(await measureSizes(options.root, browser));
    sections.push(sizeMarkdown(data.sizes));
  }
  if (options.parts.has('live') && !options.corpus) sections.push('### Live page\n\nSkipped: no `--corpus DIR` given.\n');
  if (options.parts.has('live') && options.corpus) {
    data.live = await benchLive({ root: options.root, corpus: options.corpus, runs: options.liveRuns, limit: options.livePages, quiet: options.quiet });
    sections.push(liveMarkdown(data.live));
  }
  if (options.parts.has('budget')) {
    data.budgets = benchBudgets();
    sections.push(budgetMarkdown(data.budgets));
  }
  return { data, markdown: `## Plainsight bench\n\n${sections.join('\n')}` };
}
