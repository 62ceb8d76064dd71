/**
 * Times each engine stage on each real corpus page, in this process:
 * one warm-up round, then `runs` rounds; within a round every stage runs
 * once, in table order, so slow drift of the machine hits all stages alike.
 * A page's figure for a stage is its median over the rounds, and its ratio
 * is that median over the median of a bare Readability parse of the page.
 */
import { performance } from 'node:perf_hooks';
import { errorMessage, forEachCorpusPage, SMALL_PAGE_BYTES } from '../eval/lib/corpus-pages.js';
import { median, p90 } from '../eval/lib/percentiles.js';
import { CORPUS_PAGE_URL } from '../eval/score-page.js';
import { loadStages, READABILITY_STAGE, stageInput, type AbsentStage, type Stage } from './engine-stages.js';

export interface PageTiming {
  name: string;
  bytes: number;
  /** Median milliseconds per stage; a stage that threw has an entry in `errors` instead. */
  ms: Record<string, number>;
  ratio: Record<string, number>;
  errors: Record<string, string>;
}

export interface StageSummary {
  name: string;
  source: string;
  pages: number;
  medianMs: number;
  p90Ms: number;
  medianRatio: number;
  p90Ratio: number;
  errors: number;
}

export interface EngineBench {
  corpus: string;
  runs: number;
  stages: StageSummary[];
  absent: AbsentStage[];
  pageErrors: { name: string; error: string }[];
  pages: PageTiming[];
}

/** Times one page. */
export function timePage(name: string, html: string, stages: readonly Stage[], runs: number): PageTiming {
  const input = stageInput(html, CORPUS_PAGE_URL);
  const samples = new Map<string, number[]>(stages.map((stage) => [stage.name, []]));
  const errors: Record<string, string> = {};
  try {
    for (let round = -1; round < runs; round++) {
      for (const stage of stages) {
        if (errors[stage.name]) continue;
        const start = performance.now();
        try {
          stage.run(input);
        } catch (error) {
          errors[stage.name] = errorMessage(error);
          continue;
        }
        if (round >= 0) samples.get(stage.name)!.push(performance.now() - start);
      }
    }
  } finally {
    input.close();
  }
  const ms: Record<string, number> = {};
  for (const [stage, values] of samples) if (!errors[stage]) ms[stage] = median(values);
  const base = ms[READABILITY_STAGE];
  const ratio: Record<string, number> = {};
  if (base) for (const [stage, value] of Object.entries(ms)) ratio[stage] = value / base;
  return { name, bytes: Buffer.byteLength(html), ms, ratio, errors };
}

/** Runs the engine benchmark over the real pages (≥ 5 KB) of a corpus folder. */
export async function benchEngine(corpus: string, options: { runs?: number; limit?: number; quiet?: boolean } = {}): Promise<EngineBench> {
  const runs = options.runs ?? 5;
  const { stages, absent } = await loadStages();
  // jsdom documents and their clones add up over ~100 large pages; collect between pages when
  // node runs with --expose-gc (the npm script does) so the heap stays small and timings stay comparable.
  const collect = (globalThis as { gc?: () => void }).gc;
  const timeOne = (name: string, html: string) => {
    const timing = timePage(name, html, stages, runs);
    collect?.();
    return timing;
  };
  const outcomes = await forEachCorpusPage(corpus, (page) => timeOne(page.name, page.sourceHtml), {
    limit: options.limit,
    filter: (page) => page.sourceBytes >= SMALL_PAGE_BYTES,
    onPage: (outcome) => {
      if (!options.quiet) process.stderr.write(outcome.ok ? '.' : `\nerror on ${outcome.name}: ${outcome.error}\n`);
    },
  });
  if (!options.quiet) process.stderr.write('\n');
  const pages = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : []));
  const pageErrors = outcomes.flatMap((outcome) => (outcome.ok ? [] : [{ name: outcome.name, error: outcome.error }]));
  return { corpus, runs, stages: stages.map((stage) => summarizeStage(stage, pages)), absent, pageErrors, pages };
}

function summarizeStage(stage: Stage, pages: readonly PageTiming[]): StageSummary {
  const timed = pages.filter((page) => page.ms[stage.name] !== undefined);
  const ms = timed.map((page) => page.ms[stage.name]!);
  const ratios = timed.flatMap((page) => (page.ratio[stage.name] === undefined ? [] : [page.ratio[stage.name]!]));
  return {
    name: stage.name,
    source: stage.source,
    pages: timed.length,
    medianMs: median(ms),
    p90Ms: p90(ms),
    medianRatio: median(ratios),
    p90Ratio: p90(ratios),
    errors: pages.length - timed.length,
  };
}
