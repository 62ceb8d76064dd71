import { describe, expect, it } from 'vitest';
import { END_MARKER, START_MARKER, rewriteQualitySection } from '../../src/tools/report/readme-markers.js';
import { qualitySection } from '../../src/tools/report/quality-section.js';
import type { EvalSummary } from '../../src/tools/eval/eval-summary.js';
import type { BenchData } from '../../src/tools/bench/run-bench.js';

const README = `# Plainsight

Intro text.

${START_MARKER}
## Quality and speed

old figures
${END_MARKER}

## Building

npm run build
`;

describe('rewriteQualitySection', () => {
  it('replaces only what stands between the markers', () => {
    const out = rewriteQualitySection(README, '## Quality and speed\n\nnew figures\n');
    expect(out).toBe(README.replace('old figures', 'new figures'));
  });

  it('is idempotent: rewriting with the same section changes nothing', () => {
    const once = rewriteQualitySection(README, 'A');
    expect(rewriteQualitySection(once, 'A')).toBe(once);
  });

  it('appends the markers and section to a README that has none', () => {
    expect(rewriteQualitySection('# Title\n\nText.\n', 'S')).toBe(`# Title\n\nText.\n\n${START_MARKER}\nS\n${END_MARKER}\n`);
  });

  it('refuses markers that are out of order, half present or repeated', () => {
    expect(() => rewriteQualitySection(`${END_MARKER}\n${START_MARKER}`, 'S')).toThrow(/before/);
    expect(() => rewriteQualitySection(`x ${START_MARKER} y`, 'S')).toThrow(/before/);
    expect(() => rewriteQualitySection(README + README, 'S')).toThrow(/more than once/);
  });
});

describe('qualitySection', () => {
  const score = (p: number, r: number, f1: number, pages: number) => ({ pages, precision: p, recall: r, f1 });
  const evalSummary: EvalSummary = {
    corpus: '/data/readability-test-pages',
    date: '2026-11-28T03:00:00.000Z',
    pages: 3,
    errors: [{ name: 'broken', error: 'ENOENT' }],
    groups: [
      { label: 'all pages', plainsight: score(0.9, 0.8, 0.847, 2), readability: score(0.95, 0.85, 0.897, 2) },
      { label: 'small fixtures (< 5 KB)', plainsight: score(0, 0, 0, 0), readability: score(0, 0, 0, 0) },
    ],
    hiddenByKind: { newsletter: 2, donation: 1 },
    pagesWithHidden: 2,
    articleLinesHidden: [],
    results: [],
  };
  const bench: BenchData = {
    date: '2026-11-28T03:10:00.000Z',
    engine: {
      corpus: '/data', runs: 5, absent: [{ name: 'quotes', source: 'src/core/quotes/index.ts', absent: 'module not found' }], pageErrors: [], pages: [],
      stages: [{ name: 'readability', source: 'x', pages: 2, medianMs: 41.26, p90Ms: 80, medianRatio: 1, p90Ratio: 1, errors: 0 }],
    },
    sizes: null,
    live: null,
  };

  it('puts Plainsight beside Readability, with the date, machine and browser', () => {
    const text = qualitySection({
      eval: evalSummary, bench, browser: 'Chromium 156.0', corpusName: '`readability-test-pages`',
      machine: { os: 'linux', cpu: 'Test CPU', cores: 2, ramGiB: 24, node: 'v20.20.2' },
    });
    expect(text).toContain('Measured 2026-11-28 on 2 cores (Test CPU), 24 GiB RAM, linux, Node v20.20.2, Chromium 156.0.');
    expect(text).toMatch(/\| all pages \(2\) \| 0\.900 \/ 0\.800 \/ 0\.847 \| 0\.950 \/ 0\.850 \/ 0\.897 +\|/);
    expect(text).not.toContain('small fixtures'); // a group with no pages is left out
    expect(text).toContain('3 pages, 1 errors');
    expect(text).toContain('Appeals hidden: 3 blocks on 2 pages (2 newsletter, 1 donation). Article lines hidden: **0**.');
    expect(text).toMatch(/\| readability \|\s+41 \|\s+80 \|\s+1\.00× \|/);
    expect(text).toContain('Not yet in the engine: quotes.');
  });
});
