import { describe, expect, it } from 'vitest';
import { timePage } from '../../src/tools/bench/engine-bench.js';
import { READABILITY_STAGE, type Stage } from '../../src/tools/bench/engine-stages.js';
import { contributorName, topContributors } from '../../src/tools/bench/bundle-size.js';

const PAGE = '<html><body><article><p>One paragraph of text for the stages to read.</p></article></body></html>';

describe('timePage', () => {
  it('times every stage, and a stage that throws is reported without stopping the others', () => {
    let calls = 0;
    const stages: Stage[] = [
      { name: READABILITY_STAGE, source: 'test', run: () => calls++ },
      { name: 'broken', source: 'test', run: () => { throw new Error('boom\nstack'); } },
      { name: 'blocks', source: 'test', run: ({ blocks }) => blocks.length },
    ];
    const timing = timePage('page', PAGE, stages, 3);
    expect(calls).toBe(4); // one warm-up round, then three timed rounds
    expect(Object.keys(timing.ms).sort()).toEqual(['blocks', READABILITY_STAGE]);
    expect(timing.errors).toEqual({ broken: 'boom' });
    expect(timing.ratio[READABILITY_STAGE]).toBe(1);
    expect(timing.bytes).toBe(PAGE.length);
  });
});

describe('bundle contributors', () => {
  it('groups inputs by npm package, scoped or not', () => {
    expect(contributorName('node_modules/@mozilla/readability/Readability.js')).toBe('@mozilla/readability');
    expect(contributorName('node_modules/webextension-polyfill/dist/browser-polyfill.js')).toBe('webextension-polyfill');
    expect(contributorName('src/core/index.ts')).toBe('src/core/index.ts');
  });

  it('ranks the biggest contributors of an output first', () => {
    const output = {
      bytes: 0, imports: [], exports: [],
      inputs: {
        'node_modules/@mozilla/readability/Readability.js': { bytesInOutput: 30_000 },
        'node_modules/@mozilla/readability/Readability-readerable.js': { bytesInOutput: 3_000 },
        'src/core/index.ts': { bytesInOutput: 500 },
        'src/content/index.ts': { bytesInOutput: 900 },
      },
    };
    expect(topContributors(output, 2)).toEqual([
      { input: '@mozilla/readability', bytes: 33_000 },
      { input: 'src/content/index.ts', bytes: 900 },
    ]);
  });
});

describe('liveRows', () => {
  it("reports the detector's time against Readability's per page, leaving out pages without those measures", async () => {
    const { liveRows } = await import('../../src/tools/bench/live-bench.js');
    const sample = (readabilityMs: number | null, detectMs: number | null) =>
      ({ loadMs: 300, scriptMs: 200, taskMs: 250, analyzeMs: 150, readabilityMs, detectMs });
    const page = (name: string, withExtension: ReturnType<typeof sample>) =>
      ({ name, with: withExtension, without: sample(null, null), popupSummaryMs: null, popupState: null, error: null });
    const rows = liveRows({
      browserVersion: '1', note: null, runs: 1,
      pages: [page('a', sample(50, 40)), page('b', sample(40, 10)), page('c', sample(null, null))],
    });
    const row = (start: string) => rows.find((candidate) => candidate.metric.startsWith(start))!.values;
    expect(row('appeal detector ÷ Readability')).toEqual([0.8, 0.25]);
    expect(row('… of it appeal detector')).toEqual([40, 10]);
    expect(row('… of it Readability')).toEqual([50, 40]);
  });
});
