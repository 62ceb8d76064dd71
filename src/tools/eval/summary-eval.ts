/**
 * `npm run eval:summary -- --data FILE.jsonl [--limit N] [--split all|even|odd] [--length short|medium|long] [--json OUT]`
 *
 * Scores Plainsight's summary (through `analyzeText`, as the CLI runs it) and
 * the Lead-3 baseline (the first three sentences, from the same sentence
 * splitter) with ROUGE-1/2/Lsum F1, and prints a Markdown table.
 */
import { writeFileSync } from 'node:fs';
import { analyzeText } from '../../core/index.js';
import { splitSentences } from '../../core/sentences.js';
import type { SummaryLength } from '../../core/types.js';
import { intArg, parseArgs } from './lib/cli-args.js';
import { markdownTable } from './lib/markdown-table.js';
import { pairedBootstrap } from './lib/paired-bootstrap.js';
import { loadSummaryRecords, type Split } from './summary-dataset.js';
import { scoreSystems, type SystemResult } from './summary-scoring.js';

const USAGE = 'usage: eval:summary -- --data FILE.jsonl [--limit N] [--split all|even|odd] [--length short|medium|long] [--json OUT]';

function main(argv: readonly string[]): void {
  const args = parseArgs(argv, { data: 'value', limit: 'value', split: 'value', length: 'value', json: 'value', help: 'flag' });
  const data = args.get('data');
  if (args.has('help') || typeof data !== 'string') {
    console.log(USAGE);
    process.exitCode = args.has('help') ? 0 : 2;
    return;
  }
  const split = oneOf(args.get('split') ?? 'all', ['all', 'even', 'odd'] as const, 'split');
  const length = oneOf(args.get('length') ?? 'medium', ['short', 'medium', 'long'] as const, 'length');
  const records = loadSummaryRecords(data, split, intArg(args, 'limit'));
  const started = performance.now();
  const results = scoreSystems(records, {
    Plainsight: (prose) => analyzeText(prose, { summaryLength: length }).summary,
    'Lead-3': (prose) => splitSentences(prose).slice(0, 3).map((sentence) => sentence.text),
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(`${records.length} articles from ${data} (split ${split}), Plainsight length ${length}; ROUGE F1 × 100.\n`);
  console.log(report(results));
  console.log(`\n${comparison(results['Plainsight']!, results['Lead-3']!)}`);
  console.log(`\n(${seconds.toFixed(1)} s including scoring)`);
  const out = args.get('json');
  if (typeof out === 'string') {
    const ids = records.map((record) => record.id);
    writeFileSync(out, `${JSON.stringify({ data, split, length, articles: records.length, ids, systems: results }, null, 2)}\n`);
  }
}

function report(results: Record<string, SystemResult>): string {
  const pct = (value: number) => Math.round(value * 10000) / 100;
  const rows = Object.entries(results).map(([name, r]) => [
    name,
    pct(r.original.rouge1), pct(r.original.rouge2), pct(r.original.rougeLsum),
    pct(r.allReferences.rouge1), pct(r.allReferences.rouge2), pct(r.allReferences.rougeLsum),
    Math.round(r.meanSentences * 10) / 10, Math.round(r.meanTokens), Math.round(r.meanMs * 100) / 100,
  ]);
  const header = ['System', 'R-1 (orig)', 'R-2 (orig)', 'R-Lsum (orig)', 'R-1 (all refs)', 'R-2 (all refs)', 'R-Lsum (all refs)', 'Sentences', 'Tokens', 'ms/article'];
  return markdownTable(header, rows);
}

/** Plainsight − Lead-3 per metric, with a paired bootstrap interval over articles. */
function comparison(system: SystemResult, baseline: SystemResult): string {
  const lines = (['rouge1', 'rougeLsum'] as const).map((metric) => {
    const d = pairedBootstrap(system.perArticle.map((s) => s[metric]), baseline.perArticle.map((s) => s[metric]));
    const f = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(2)}`;
    return `- ${metric} (orig): ${f(d.mean)} (95% CI ${f(d.low)} … ${f(d.high)}); better on ${d.wins}, worse on ${d.losses} articles`;
  });
  return ['Plainsight − Lead-3 (paired bootstrap over articles, 1000 resamples):', ...lines].join('\n');
}

function oneOf<T extends string>(value: string | true, allowed: readonly T[], name: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${name} must be one of ${allowed.join(', ')}`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  console.error(USAGE);
  process.exitCode = 2;
}
