/**
 * The extension's cost on a real page load, in headless Chromium: corpus
 * pages are served from 127.0.0.1 and loaded alternately in a browser with
 * the built extension (dist/chrome) and one without, `runs` times each.
 * Reported per page as medians, then the median and p90 across pages.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage, listCorpusPages, loadCorpusPage, SMALL_PAGE_BYTES } from '../eval/lib/corpus-pages.js';
import { median, p90 } from '../eval/lib/percentiles.js';
import { columnsTable } from '../eval/lib/columns-table.js';
import { serveCorpus } from './corpus-server.js';
import { CHROMIUM_PATH, launchChromium, measureLoad, measurePopup, type LoadSample } from './live-browser.js';

/** What "the summary is painted" means in the popup: the first summary item is visible. */
export const SUMMARY_SELECTOR = '[data-summary] li, #summary li, .summary li';

export interface LivePage {
  name: string;
  with: LoadSample;
  without: LoadSample;
  popupSummaryMs: number | null;
  /** The popup's `body[data-state]` once settled. */
  popupState: string | null;
  error: string | null;
}

export interface LiveBench {
  /** Null when the live part could not run; `note` says why. */
  browserVersion: string | null;
  note: string | null;
  runs: number;
  pages: LivePage[];
}

export interface LiveOptions {
  root: string;
  corpus: string;
  runs?: number;
  limit?: number;
  quiet?: boolean;
}

export async function benchLive(options: LiveOptions): Promise<LiveBench> {
  const runs = options.runs ?? 3;
  const extension = join(options.root, 'dist', 'chrome');
  const skipped = (note: string): LiveBench => ({ browserVersion: null, note, runs, pages: [] });
  if (!existsSync(join(extension, 'manifest.json'))) return skipped('no dist/chrome/manifest.json: run `npm run build` first');
  if (!existsSync(CHROMIUM_PATH)) return skipped(`no Chromium at ${CHROMIUM_PATH}`);
  const names = realPages(options.corpus).slice(0, options.limit ?? 20);
  const server = await serveCorpus(options.corpus);
  const withExtension = await launchChromium(extension);
  const without = await launchChromium(null);
  const pages: LivePage[] = [];
  try {
    for (const name of names) {
      const url = server.pageUrl(name);
      try {
        const samples: { with: LoadSample[]; without: LoadSample[] } = { with: [], without: [] };
        for (let run = 0; run < runs; run++) {
          samples.without.push(await measureLoad(without, url));
          samples.with.push(await measureLoad(withExtension, url));
        }
        const popup = await measurePopup(withExtension, url, SUMMARY_SELECTOR);
        pages.push({ name, with: medianSample(samples.with), without: medianSample(samples.without), popupSummaryMs: popup.summaryMs, popupState: popup.state, error: null });
        if (!options.quiet) process.stderr.write('.');
      } catch (error) {
        pages.push({ name, with: emptySample(), without: emptySample(), popupSummaryMs: null, popupState: null, error: errorMessage(error) });
        if (!options.quiet) process.stderr.write(`\nerror on ${name}: ${errorMessage(error)}\n`);
      }
    }
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
  if (!options.quiet) process.stderr.write('\n');
  const withSummary = pages.filter((page) => page.popupSummaryMs !== null).length;
  const states = [...new Set(pages.map((page) => page.popupState ?? 'none'))].join(', ');
  const note = withSummary > 0 ? null : `Popup → summary not yet measurable: popup.html?tab=<id> painted nothing matching \`${SUMMARY_SELECTOR}\` (popup states: ${states})`;
  return { browserVersion: withExtension.version, note, runs, pages };
}

function realPages(corpus: string): string[] {
  return listCorpusPages(corpus).filter((name) => {
    try {
      return loadCorpusPage(corpus, name).sourceBytes >= SMALL_PAGE_BYTES;
    } catch {
      return false;
    }
  });
}

function medianSample(samples: readonly LoadSample[]): LoadSample {
  const medianOf = (pick: (sample: LoadSample) => number | null): number | null => {
    const values = samples.flatMap((sample) => {
      const value = pick(sample);
      return value === null ? [] : [value];
    });
    return values.length ? median(values) : null;
  };
  return {
    loadMs: median(samples.map((s) => s.loadMs)),
    scriptMs: median(samples.map((s) => s.scriptMs)),
    taskMs: median(samples.map((s) => s.taskMs)),
    analyzeMs: medianOf((s) => s.analyzeMs),
    readabilityMs: medianOf((s) => s.readabilityMs),
    detectMs: medianOf((s) => s.detectMs),
  };
}

function emptySample(): LoadSample {
  return { loadMs: Number.NaN, scriptMs: Number.NaN, taskMs: Number.NaN, analyzeMs: null, readabilityMs: null, detectMs: null };
}

interface MetricRow {
  metric: string;
  values: number[];
}

/** Rows of the live table: each a metric over pages. */
export function liveRows(bench: LiveBench): MetricRow[] {
  const ok = bench.pages.filter((page) => !page.error);
  const pick = (f: (page: LivePage) => number | null) => ok.flatMap((page) => {
    const value = f(page);
    return value === null || Number.isNaN(value) ? [] : [value];
  });
  return [
    { metric: 'content-script analysis (prepare + understand), ms', values: pick((p) => p.with.analyzeMs) },
    { metric: '… of it Readability (clone + parse), ms', values: pick((p) => p.with.readabilityMs) },
    { metric: '… of it appeal detector (guard + scan), ms', values: pick((p) => p.with.detectMs) },
    { metric: 'appeal detector ÷ Readability', values: pick((p) => ratio(p.with.detectMs, p.with.readabilityMs)) },
    { metric: 'renderer script time with extension, ms', values: pick((p) => p.with.scriptMs) },
    { metric: 'renderer script time without, ms', values: pick((p) => p.without.scriptMs) },
    { metric: 'script time added by the extension, ms', values: pick((p) => p.with.scriptMs - p.without.scriptMs) },
    { metric: 'page load with extension, ms', values: pick((p) => p.with.loadMs) },
    { metric: 'page load without, ms', values: pick((p) => p.without.loadMs) },
    { metric: 'page load with ÷ without', values: pick((p) => p.with.loadMs / p.without.loadMs) },
    { metric: 'popup open → summary painted, ms', values: pick((p) => p.popupSummaryMs) },
  ];
}

function ratio(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole <= 0 ? null : part / whole;
}

export function liveMarkdown(bench: LiveBench): string {
  const head = `### Live page in Chromium ${bench.browserVersion ?? ''}: ${bench.pages.length} real pages, median of ${bench.runs} loads each`;
  if (bench.browserVersion === null) return `${head}\n\nSkipped: ${bench.note}\n`;
  const table = columnsTable(
    [
      { header: 'metric', cell: (row: MetricRow) => row.metric },
      { header: 'pages', align: 'right', cell: (row) => String(row.values.length) },
      { header: 'median', align: 'right', cell: (row) => (row.values.length ? median(row.values).toFixed(2) : '–') },
      { header: 'p90', align: 'right', cell: (row) => (row.values.length ? p90(row.values).toFixed(2) : '–') },
    ],
    liveRows(bench),
  );
  const errors = bench.pages.filter((page) => page.error).map((page) => `- page ${page.name}: ERROR ${page.error}`);
  return [head, '', table, '', ...(bench.note ? [`- ${bench.note}`] : []), ...errors, ''].join('\n');
}
