/**
 * `npm run eval -- --corpus DIR [--json OUT] [--limit N]`
 *
 * Scores Plainsight's article text and a bare Readability parse against the
 * expected article of every page in DIR, and lists hidden blocks that hold
 * article text. Markdown goes to stdout, progress to stderr.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runEval } from './run-eval.js';
import { evalMarkdown } from './eval-markdown.js';
import { exitWithUsage, parsedOrUsage } from '../tool-usage.js';

const USAGE = 'usage: npm run eval -- --corpus DIR [--json OUT] [--limit N]\n  DIR holds one folder a page with source.html and expected.html (Readability test-page layout).';

const { values } = parsedOrUsage(() => parseArgs({
  options: { corpus: { type: 'string' }, json: { type: 'string' }, limit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
}), USAGE);
if (values.help) exitWithUsage(USAGE, 0);
if (!values.corpus) exitWithUsage(USAGE, 2);
const summary = await runEval(values.corpus, { limit: values.limit ? Number(values.limit) : undefined });
process.stdout.write(evalMarkdown(summary));
if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n');
