/**
 * `npm run report -- --corpus DIR [--runs N --live-pages N --live-runs N --only engine,size,live]
 *                    [--eval-json FILE --bench-json FILE...] [--readme FILE]`
 *
 * Runs eval and bench on a corpus (or reuses their --json outputs) and
 * rewrites the "Quality and speed" section of README.md between
 * <!-- quality:start --> and <!-- quality:end -->. Several --bench-json files
 * are combined part by part (engine from one run, size and live from another).
 * Never creates a README:
 * without one, the section is printed instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runEval } from './eval/run-eval.js';
import type { EvalSummary } from './eval/eval-summary.js';
import { runBench, type BenchData } from './bench/run-bench.js';
import { CHROMIUM_PATH } from './bench/live-browser.js';
import { browserVersion, machineInfo } from './report/machine-info.js';
import { qualitySection } from './report/quality-section.js';
import { rewriteQualitySection } from './report/readme-markers.js';
import { exitWithUsage, parsedOrUsage } from './tool-usage.js';

const USAGE = `usage: npm run report -- --corpus DIR [--runs N] [--live-pages N] [--live-runs N] [--only engine,size,live] [--readme FILE]
       npm run report -- --eval-json FILE --bench-json FILE... [--readme FILE]
Rewrites README.md's "Quality and speed" section from a fresh eval and bench, or from their --json outputs.`;

const { values } = parsedOrUsage(() => parseArgs({
  options: {
    help: { type: 'boolean', short: 'h' },
    corpus: { type: 'string' },
    readme: { type: 'string' },
    runs: { type: 'string', default: '5' },
    'live-runs': { type: 'string', default: '3' },
    'live-pages': { type: 'string', default: '20' },
    only: { type: 'string', default: 'engine,size,live' },
    'eval-json': { type: 'string' },
    'bench-json': { type: 'string', multiple: true },
  },
}), USAGE);
if (values.help) exitWithUsage(USAGE, 0);
const root = fileURLToPath(new URL('../../', import.meta.url));
if (!values.corpus && !(values['eval-json'] && values['bench-json'])) exitWithUsage(USAGE, 2);

const evalSummary: EvalSummary = values['eval-json']
  ? (JSON.parse(readFileSync(values['eval-json'], 'utf8')) as EvalSummary)
  : await runEval(values.corpus!);
const bench: BenchData = values['bench-json']
  ? combineBench(values['bench-json'].map((file) => JSON.parse(readFileSync(file, 'utf8')) as BenchData))
  : (
      await runBench({
        root,
        corpus: values.corpus,
        runs: Number(values.runs),
        liveRuns: Number(values['live-runs']),
        livePages: Number(values['live-pages']),
        parts: new Set(values.only!.split(',')),
      })
    ).data;

const section = qualitySection({
  eval: evalSummary,
  bench,
  machine: machineInfo(),
  browser: bench.live?.browserVersion ? `Chromium ${bench.live.browserVersion}` : browserVersion(CHROMIUM_PATH),
  corpusName: `\`${basename(evalSummary.corpus)}\``,
});
const readmePath = values.readme ?? join(root, 'README.md');
if (existsSync(readmePath)) {
  writeFileSync(readmePath, rewriteQualitySection(readFileSync(readmePath, 'utf8'), section));
  process.stderr.write(`Rewrote the quality section of ${readmePath}\n`);
} else {
  process.stderr.write(`${readmePath} does not exist; not creating it. The section:\n\n`);
}
process.stdout.write(section + '\n');

/** A part measured in a later run replaces the same part of an earlier one. */
function combineBench(runs: readonly BenchData[]): BenchData {
  return runs.reduce((acc, run) => ({
    date: acc.date,
    engine: run.engine ?? acc.engine,
    sizes: run.sizes ?? acc.sizes,
    live: run.live ?? acc.live,
  }));
}
