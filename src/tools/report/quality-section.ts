/**
 * The README's "Quality and speed" section, written from one eval run and one
 * bench run: Plainsight's figures beside Readability's, with the date and the
 * machine they were measured on.
 */
import { fixed3, columnsTable } from '../eval/lib/columns-table.js';
import type { EvalSummary } from '../eval/eval-summary.js';
import type { BenchData } from '../bench/run-bench.js';
import { liveRows } from '../bench/live-bench.js';
import { median, p90 } from '../eval/lib/percentiles.js';
import type { MachineInfo } from './machine-info.js';

export interface SectionInput {
  eval: EvalSummary;
  bench: BenchData;
  machine: MachineInfo;
  browser: string | null;
  /** The corpus as readers should see it named (not a local path). */
  corpusName: string;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(0));
const ratio = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(value < 0.1 ? 3 : 2)}×`);

export function qualitySection(input: SectionInput): string {
  const { machine } = input;
  const lines = [
    '## Quality and speed',
    '',
    `Measured ${input.eval.date.slice(0, 10)} on ${machine.cores} cores (${machine.cpu}), ${machine.ramGiB} GiB RAM, ${machine.os}, Node ${machine.node}` +
      `${input.browser ? `, ${input.browser}` : ''}. Regenerate with \`npm run report -- --corpus DIR\`.`,
    '',
    `**Article text** on ${input.corpusName} (${input.eval.pages} pages, ${input.eval.errors.length} errors): precision, recall and F1 of word 4-grams against the expected article, averaged over pages.`,
    '',
    columnsTable(
      [
        { header: 'pages', cell: (g: EvalSummary['groups'][number]) => `${g.label} (${g.plainsight.pages})` },
        { header: 'Plainsight P / R / F1', cell: (g) => [g.plainsight.precision, g.plainsight.recall, g.plainsight.f1].map(fixed3).join(' / ') },
        { header: 'Readability P / R / F1', cell: (g) => [g.readability.precision, g.readability.recall, g.readability.f1].map(fixed3).join(' / ') },
      ],
      input.eval.groups.filter((group) => group.plainsight.pages > 0),
    ),
    '',
    `Appeals hidden: ${hiddenSummary(input.eval)}. Article lines hidden: **${input.eval.articleLinesHidden.length}**.`,
    '',
  ];
  lines.push(...engineLines(input.bench), ...liveLines(input.bench), ...sizeLines(input.bench));
  return lines.join('\n');
}

function hiddenSummary(summary: EvalSummary): string {
  const total = Object.values(summary.hiddenByKind).reduce((sum, n) => sum + n, 0);
  const kinds = Object.entries(summary.hiddenByKind).map(([kind, n]) => `${n} ${kind}`).join(', ');
  return `${total} blocks on ${summary.pagesWithHidden} pages${kinds ? ` (${kinds})` : ''}`;
}

function engineLines(bench: BenchData): string[] {
  if (!bench.engine) return [];
  const { engine } = bench;
  const table = columnsTable(
    [
      { header: 'stage', cell: (s: (typeof engine.stages)[number]) => s.name },
      { header: 'median ms', align: 'right', cell: (s) => ms(s.medianMs) },
      { header: 'p90 ms', align: 'right', cell: (s) => ms(s.p90Ms) },
      { header: 'median ÷ Readability', align: 'right', cell: (s) => ratio(s.medianRatio) },
      { header: 'p90 ÷ Readability', align: 'right', cell: (s) => ratio(s.p90Ratio) },
    ],
    engine.stages,
  );
  const absent = engine.absent.length ? ` Not yet in the engine: ${engine.absent.map((s) => s.name).join(', ')}.` : '';
  return [`**Engine speed** in Node with jsdom, ${engine.pages.length} real pages, median of ${engine.runs} runs each; across pages the median and 90th percentile.${absent}`, '', table, ''];
}

function liveLines(bench: BenchData): string[] {
  if (!bench.live || bench.live.browserVersion === null) return [];
  const rows = liveRows(bench.live).filter((row) => row.values.length > 0);
  const table = columnsTable(
    [
      { header: 'in Chromium', cell: (row: (typeof rows)[number]) => row.metric },
      { header: 'median', align: 'right', cell: (row) => median(row.values).toFixed(row.metric.includes('÷') ? 2 : 0) },
      { header: 'p90', align: 'right', cell: (row) => p90(row.values).toFixed(row.metric.includes('÷') ? 2 : 0) },
    ],
    rows,
  );
  return [`**Live pages**: ${bench.live.pages.length} pages, ${bench.live.runs} loads each with and without the extension.${bench.live.note ? ` ${bench.live.note}.` : ''}`, '', table, ''];
}

function sizeLines(bench: BenchData): string[] {
  if (!bench.sizes) return [];
  const rows = bench.sizes.flatMap((report) => report.bundles.map((bundle) => ({ browser: report.browser, ...bundle })));
  const kb = (bytes: number | null) => (bytes == null ? '–' : (bytes / 1024).toFixed(1));
  const table = columnsTable(
    [
      { header: 'bundle', cell: (b: (typeof rows)[number]) => `${b.browser}/${b.file}` },
      { header: 'minified KB', align: 'right', cell: (b) => kb(b.minifiedBytes) },
      { header: 'gzip KB', align: 'right', cell: (b) => kb(b.gzipBytes) },
      { header: 'biggest part', cell: (b) => (b.contributors[0] ? `${b.contributors[0].input} (${kb(b.contributors[0].bytes)} KB)` : '–') },
    ],
    rows,
  );
  return ['**Bundle size**', '', table, ''];
}
