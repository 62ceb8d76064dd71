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

const { values } = parseArgs({
  options: { corpus: { type: 'string' }, json: { type: 'string' }, limit: { type: 'string' } },
});
if (!values.corpus) {
  process.stderr.write('usage: npm run eval -- --corpus DIR [--json OUT] [--limit N]\n');
  process.exit(2);
}
const summary = await runEval(values.corpus, { limit: values.limit ? Number(values.limit) : undefined });
process.stdout.write(evalMarkdown(summary));
if (values.json) writeFileSync(values.json, JSON.stringify(summary, null, 2) + '\n');
