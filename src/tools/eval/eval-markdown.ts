/** Markdown rendering of an eval run: overall first, then every page. */
import { fixed3, columnsTable, type Column } from './lib/columns-table.js';
import type { EvalGroup, EvalSummary } from './eval-summary.js';
import type { HiddenArticleLine, PageEval } from './score-page.js';

const KINDS = ['donation', 'newsletter', 'subscription'] as const;

const groupColumns: Column<EvalGroup>[] = [
  { header: 'pages', cell: (g) => g.label },
  { header: 'n', align: 'right', cell: (g) => String(g.plainsight.pages) },
  { header: 'Plainsight P', align: 'right', cell: (g) => fixed3(g.plainsight.precision) },
  { header: 'Plainsight R', align: 'right', cell: (g) => fixed3(g.plainsight.recall) },
  { header: 'Plainsight F1', align: 'right', cell: (g) => fixed3(g.plainsight.f1) },
  { header: 'Readability P', align: 'right', cell: (g) => fixed3(g.readability.precision) },
  { header: 'Readability R', align: 'right', cell: (g) => fixed3(g.readability.recall) },
  { header: 'Readability F1', align: 'right', cell: (g) => fixed3(g.readability.f1) },
];

const hiddenColumns: Column<HiddenArticleLine>[] = [
  { header: 'page', cell: (h) => h.page },
  { header: 'kind', cell: (h) => h.kind },
  { header: 'selector', cell: (h) => `\`${h.selector}\`` },
  { header: 'rule', cell: (h) => h.reason },
  { header: 'text', cell: (h) => (h.text.length > 120 ? `${h.text.slice(0, 117)}…` : h.text) },
];

type PageRow = PageEval | { name: string; error: string };

const pageColumns: Column<PageRow>[] = [
  { header: 'page', cell: (r) => r.name },
  { header: 'KB', align: 'right', cell: (r) => ('sourceBytes' in r ? (r.sourceBytes / 1024).toFixed(r.small ? 1 : 0) + (r.small ? ' (small)' : '') : '–') },
  { header: 'PS P', align: 'right', cell: (r) => ('plainsight' in r ? fixed3(r.plainsight.score.precision) : '–') },
  { header: 'PS R', align: 'right', cell: (r) => ('plainsight' in r ? fixed3(r.plainsight.score.recall) : '–') },
  { header: 'PS F1', align: 'right', cell: (r) => ('plainsight' in r ? fixed3(r.plainsight.score.f1) : '–') },
  { header: 'RD P', align: 'right', cell: (r) => ('readability' in r ? fixed3(r.readability.score.precision) : '–') },
  { header: 'RD R', align: 'right', cell: (r) => ('readability' in r ? fixed3(r.readability.score.recall) : '–') },
  { header: 'RD F1', align: 'right', cell: (r) => ('readability' in r ? fixed3(r.readability.score.f1) : '–') },
  { header: 'hidden', align: 'right', cell: (r) => ('hiddenByKind' in r ? hiddenCell(r.hiddenByKind) : '–') },
  { header: 'article lines hidden', align: 'right', cell: (r) => ('articleLinesHidden' in r ? String(r.articleLinesHidden.length) : '–') },
  { header: 'note', cell: (r) => ('error' in r ? `ERROR: ${r.error}` : systemErrors(r)) },
];

/** The whole report as Markdown. */
export function evalMarkdown(summary: EvalSummary): string {
  const hiddenTotal = Object.values(summary.hiddenByKind).reduce((sum, n) => sum + n, 0);
  const lines = [
    `## Plainsight eval: ${summary.pages} pages from \`${summary.corpus}\``,
    '',
    `Word 4-gram shingles against \`expected.html\`; P and R averaged over pages, F1 of the averages. The "body text" row scores against \`expected.html\` without its captions, as article-extraction benchmarks do. ${summary.errors.length} page error(s).`,
    '',
    `**Article lines hidden: ${summary.articleLinesHidden.length}** (must be 0)`,
    '',
    columnsTable(groupColumns, summary.groups),
    '',
    `Blocks hidden: ${hiddenTotal} on ${summary.pagesWithHidden} page(s) — ${KINDS.map((kind) => `${kind} ${summary.hiddenByKind[kind] ?? 0}`).join(', ')}`,
    '',
  ];
  if (summary.articleLinesHidden.length > 0) {
    lines.push('### Article lines hidden', '', columnsTable(hiddenColumns, summary.articleLinesHidden), '');
  }
  const rows: PageRow[] = [...summary.results, ...summary.errors].sort((a, b) => a.name.localeCompare(b.name));
  lines.push('### Per page', '', columnsTable(pageColumns, rows), '');
  return lines.join('\n');
}

function hiddenCell(byKind: Record<string, number>): string {
  const entries = Object.entries(byKind);
  return entries.length === 0 ? '0' : entries.map(([kind, count]) => `${count} ${kind}`).join(', ');
}

function systemErrors(page: PageEval): string {
  const notes = [];
  if (page.plainsight.error) notes.push(`Plainsight threw: ${page.plainsight.error}`);
  if (page.readability.error) notes.push(`Readability threw: ${page.readability.error}`);
  return notes.join('; ');
}
