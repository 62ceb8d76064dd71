/**
 * `npm run bench [-- --corpus DIR --runs N --limit N --live-runs N --live-pages N --json OUT --only engine,size,live,budget]`
 *
 * Engine timings in Node, bundle sizes, and (with a build in dist/chrome) the
 * extension's cost on page load in headless Chromium. Markdown to stdout,
 * progress to stderr. Timings are reported, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runBench } from './run-bench.js';
import { exitWithUsage, parsedOrUsage } from '../tool-usage.js';

const USAGE = `usage: npm run bench -- [--corpus DIR] [--runs N] [--limit N] [--live-runs N] [--live-pages N]
                      [--only engine,size,live,budget] [--json OUT] [--root DIR]
  engine  each stage's time per corpus page in Node/jsdom, next to Readability's (needs --corpus)
  size    the built bundles, minified and gzipped (needs npm run build)
  live    page loads in headless Chromium with and without dist/chrome (needs --corpus and a build)
  budget  generated huge pages: analysed or refused, and how fast`;

const { values } = parsedOrUsage(() => parseArgs({
  options: {
    help: { type: 'boolean', short: 'h' },
    corpus: { type: 'string' },
    runs: { type: 'string', default: '5' },
    limit: { type: 'string' },
    'live-runs': { type: 'string', default: '3' },
    'live-pages': { type: 'string', default: '20' },
    json: { type: 'string' },
    only: { type: 'string', default: 'engine,size,live,budget' },
    // The project whose dist/ is measured; defaults to this checkout.
    root: { type: 'string' },
  },
}), USAGE);
if (values.help) exitWithUsage(USAGE, 0);
const root = values.root ?? fileURLToPath(new URL('../../../', import.meta.url));
const result = await runBench({
  root,
  corpus: values.corpus,
  runs: Number(values.runs),
  limit: values.limit ? Number(values.limit) : undefined,
  liveRuns: Number(values['live-runs']),
  livePages: Number(values['live-pages']),
  parts: new Set(values.only!.split(',').map((part) => part.trim())),
});
process.stdout.write(result.markdown);
if (values.json) writeFileSync(values.json, JSON.stringify(result.data, null, 2) + '\n');
