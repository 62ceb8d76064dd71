/** Markdown rendering of benchmark results. */
import { columnsTable, type Column } from '../eval/lib/columns-table.js';
import type { EngineBench, StageSummary } from './engine-bench.js';
import type { BundleSize, SizeReport } from './bundle-size.js';

const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
const times = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(value < 0.1 ? 3 : 2)}×`);
const kb = (bytes: number | null) => (bytes == null ? '–' : (bytes / 1024).toFixed(1));

const stageColumns: Column<StageSummary>[] = [
  { header: 'stage', cell: (s) => s.name },
  { header: 'pages', align: 'right', cell: (s) => String(s.pages) },
  { header: 'median ms', align: 'right', cell: (s) => ms(s.medianMs) },
  { header: 'p90 ms', align: 'right', cell: (s) => ms(s.p90Ms) },
  { header: 'median ÷ Readability', align: 'right', cell: (s) => times(s.medianRatio) },
  { header: 'p90 ÷ Readability', align: 'right', cell: (s) => times(s.p90Ratio) },
  { header: 'errors', align: 'right', cell: (s) => String(s.errors) },
  { header: 'from', cell: (s) => s.source },
];

/** Engine timings: one row per stage, absent stages listed after the table. */
export function engineMarkdown(bench: EngineBench): string {
  const lines = [
    `### Engine in Node (jsdom): ${bench.pages.length} real pages, median of ${bench.runs} runs per page`,
    '',
    'Per page the median over runs; the table gives the median and 90th percentile of those across pages. Ratios divide by a bare Readability parse of the same page in the same process.',
    '',
    columnsTable(stageColumns, bench.stages),
    '',
  ];
  for (const stage of bench.absent) lines.push(`- ${stage.name}: absent (${stage.absent})`);
  for (const page of bench.pageErrors) lines.push(`- page ${page.name}: ERROR ${page.error}`);
  return lines.join('\n') + '\n';
}

const sizeColumns: Column<BundleSize & { browser: string }>[] = [
  { header: 'browser', cell: (b) => b.browser },
  { header: 'bundle', cell: (b) => b.file },
  { header: 'unminified KB', align: 'right', cell: (b) => kb(b.unminifiedBytes) },
  { header: 'minified KB', align: 'right', cell: (b) => kb(b.minifiedBytes) },
  { header: 'gzip KB', align: 'right', cell: (b) => kb(b.gzipBytes) },
  { header: 'biggest contributors (minified KB)', cell: (b) => b.contributors.map((c) => `${c.input} ${kb(c.bytes)}`).join(', ') || '–' },
];

/** Bundle sizes of every browser build. */
export function sizeMarkdown(reports: readonly SizeReport[]): string {
  const rows = reports.flatMap((report) => report.bundles.map((bundle) => ({ ...bundle, browser: report.browser })));
  const lines = ['### Bundle size', '', columnsTable(sizeColumns, rows), ''];
  for (const report of reports) if (report.note) lines.push(`- ${report.browser}: ${report.note}`);
  return lines.join('\n') + '\n';
}
