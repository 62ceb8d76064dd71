import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval } from '../../src/tools/eval/run-eval.js';

const ARTICLE = `<p>The harbour authority said on Monday that the old pier would reopen to walkers after two years of repairs.</p>
<p>Engineers replaced forty wooden piles and added a new railing along the whole length of the structure.</p>
<p>Local shops expect more visitors once the summer ferries start running again in June.</p>`;

const SOURCE = `<!DOCTYPE html><html lang="en"><head><title>Old pier reopens</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Old pier reopens</h1>${ARTICLE}</article>
<footer>© Harbour News</footer></body></html>`;

let corpus: string;

function writePage(name: string, files: Record<string, string>): void {
  mkdirSync(join(corpus, name));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(corpus, name, file), text);
}

beforeAll(() => {
  corpus = mkdtempSync(join(tmpdir(), 'plainsight-eval-'));
  writePage('a-good-page', { 'source.html': SOURCE, 'expected.html': `<div>${ARTICLE}</div>`, 'expected-metadata.json': '{"title":"Old pier reopens"}' });
  writePage('b-no-expected', { 'source.html': SOURCE });
  writePage('c-bad-metadata', { 'source.html': SOURCE, 'expected.html': `<div>${ARTICLE}</div>`, 'expected-metadata.json': '{not json' });
  writeFileSync(join(corpus, 'not-a-page.txt'), 'ignored');
});

afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('eval corpus run', () => {
  it('reports a broken page as an error row and still scores the others', async () => {
    const summary = await runEval(corpus, { quiet: true });
    expect(summary.pages).toBe(3);
    expect(summary.errors.map((e) => e.name)).toEqual(['b-no-expected']);
    expect(summary.errors[0]!.error).toMatch(/expected\.html/);
    expect(summary.results.map((r) => r.name)).toEqual(['a-good-page', 'c-bad-metadata']);
    for (const page of summary.results) {
      expect(page.small).toBe(true);
      expect(page.readability.score.recall).toBeGreaterThan(0.9);
      expect(page.plainsight.error).toBeNull();
    }
    expect(summary.groups[0]!.plainsight.pages).toBe(2);
  });

  it('stops after --limit pages', async () => {
    const summary = await runEval(corpus, { quiet: true, limit: 1 });
    expect(summary.results.map((r) => r.name)).toEqual(['a-good-page']);
  });

  it('fails clearly when the corpus folder does not exist', async () => {
    await expect(runEval(join(corpus, 'missing'), { quiet: true })).rejects.toThrow(/ENOENT/);
  });
});
