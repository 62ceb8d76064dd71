// @vitest-environment node
/**
 * Pages that fight back or change under us: the content script keeps working
 * (or stands down cleanly) and never breaks the page's own scripts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.js';
import { BROWSERS, launch } from './harness/launch.js';
import { pageStateOf } from './harness/page-state.js';
import { eventually, type TestBrowser, type TestPage } from './harness/test-browser.js';

describe.each(BROWSERS)('hostile and changing pages in %s', (browserName) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let extensionPage: TestPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    extensionPage = await browser.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('analyses a page that overrides DOM and JSON APIs, churns its DOM and has frames and closed shadow DOM, without breaking it', async () => {
    const url = server.url('hostile-article.html');
    const page = await browser.newPage(url);
    const state = await pageStateOf(extensionPage, url);
    expect(state.status).toBe('ready');
    if (state.status === 'ready') {
      expect(state.analysis.title).toBe('Council Approves New Budget After Long Debate');
      expect(state.analysis.text).toContain('approved a budget of $48.2 million');
    }
    // Its newsletter box is hidden, and stays hidden when the page tears out Plainsight's stylesheet and marks.
    const hidden = () => document.querySelector('.newsletter-signup')?.getClientRects().length === 0;
    await page.waitFor(hidden, 0);
    await page.evaluate(() => {
      document.querySelectorAll('style[data-plainsight-style]').forEach((style) => style.remove());
      document.querySelectorAll('[data-plainsight-hidden]').forEach((element) => element.removeAttribute('data-plainsight-hidden'));
      document.body.append(document.createElement('div')); // any later change lets the repair run
    }, 0);
    await page.waitFor(hidden, 0);
    expect(await page.evaluate(() => document.querySelector('article p')?.getClientRects().length, 0)).toBeGreaterThan(0);
    // The page's own scripts still run: its timer ticks and its button counts.
    const ticks = await page.evaluate(() => (window as any).ticks as number, null);
    await page.waitFor((before) => (window as any).ticks > before + 5, ticks);
    await page.click('#counter');
    expect(await page.evaluate(() => document.getElementById('counter')?.textContent, null)).toBe('1');
    expect(await page.evaluate(() => (window as any).pageErrors as string[], null)).toEqual([]);
    await page.close();
  });

  it('re-analyses after a single-page-app navigation and drops the old article', async () => {
    const page = await browser.newPage(server.url('spa-article.html'));
    const first = await pageStateOf(extensionPage, server.url('spa-article.html'));
    expect(first.status === 'ready' && first.analysis.title).toBe('Harbour Bridge Reopens After Repairs');
    await page.click('#next');
    const nextUrl = `${server.origin}/dynamic/spa-article-2`;
    const next = await eventually(async () => {
      const state = await pageStateOf(extensionPage, nextUrl, false);
      return state.status === 'ready' && state.analysis.text.includes('mackerel') ? state : null;
    }, 15_000);
    expect(next.analysis.text).toContain('12,000 tonnes of mackerel');
    expect(next.analysis.text).not.toContain('Harbour Bridge');
    await page.close();
  });
});
