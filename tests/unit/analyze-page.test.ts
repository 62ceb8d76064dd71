import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../src/core/index.js';
import { loadFixture } from './helpers/load-fixture.js';

describe('analyzePage', () => {
  it('extracts the Moscow Times article with its metadata', () => {
    const document = loadFixture('moscow-times-article.html', 'https://www.themoscowtimes.com/2013/03/12/a22259');
    const analysis = analyzePage(document);
    expect(analysis.isArticle).toBe(true);
    expect(analysis.title).toBe('Government Interested in Foreign Technology, Not Ready-Made Arms');
    expect(analysis.siteName).toBe('The Moscow Times');
    expect(analysis.lang).toBe('en');
    // The canonical link names the article better than the address it was loaded from…
    expect(analysis.url).toBe('https://www.themoscowtimes.com/2013/03/12/government-interested-in-foreign-technology-not-ready-made-arms-a22259');
    // …unless the caller knows the real address.
    expect(analyzePage(document, { url: 'https://example.org/x' }).url).toBe('https://example.org/x');
    expect(analysis.text).toContain('Russia is interested in buying only military technology from abroad');
    expect(analysis.text).toContain('Defense Advanced Research Projects Agency');
    expect(analysis.wordCount).toBeGreaterThan(200);
    expect(analysis.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('never mutates the document it is given', () => {
    const document = loadFixture('moscow-times-article.html');
    const before = document.documentElement.outerHTML;
    analyzePage(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('reports a page without an article as not an article', () => {
    const document = loadFixture('moscow-times-article.html');
    document.body.innerHTML = '<nav><a href="/">Home</a> <a href="/news">News</a></nav>';
    const analysis = analyzePage(document);
    expect(analysis.isArticle).toBe(false);
    expect(analysis.summary).toEqual([]);
  });
});

describe('analyzeText', () => {
  it('treats each line as a paragraph', () => {
    const analysis = analyzeText('First paragraph here.\n\nSecond one, with five words.\n');
    expect(analysis.text).toBe('First paragraph here.\n\nSecond one, with five words.');
    expect(analysis.wordCount).toBe(8);
    expect(analysis.hidden).toEqual([]);
  });
});

describe('preparePage and completeAnalysis (the content script runs them in two idle slots)', () => {
  it('find the appeals first, then give the same analysis as analyzeDocument', async () => {
    const { preparePage, completeAnalysis, analyzeDocument } = await import('../../src/core/index.js');
    const document = loadFixture('moscow-times-article.html');
    const prepared = preparePage(document);
    expect(prepared.appeals.map((appeal) => appeal.block.kind).sort()).toEqual(['donation', 'donation', 'newsletter']);
    expect(prepared.blocks.map((block) => block.text).join(' ')).not.toContain('Dear readers');
    expect(completeAnalysis(prepared).analysis).toEqual(analyzeDocument(document).analysis);
  });

  it('say when Readability and the detector ran, one after the other (the live benchmark reports them apart)', async () => {
    const { preparePage } = await import('../../src/core/index.js');
    const before = performance.now();
    const { extract, detect } = preparePage(loadFixture('moscow-times-article.html')).timings;
    const after = performance.now();
    expect(before).toBeLessThanOrEqual(extract.start);
    expect(extract.start).toBeLessThanOrEqual(extract.end);
    expect(extract.end).toBeLessThanOrEqual(detect.start);
    expect(detect.start).toBeLessThanOrEqual(detect.end);
    expect(detect.end).toBeLessThanOrEqual(after);
  });
});
