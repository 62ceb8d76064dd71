// @vitest-environment node
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.js';
import { BROWSERS, launch } from './harness/launch.js';
import { pageStateOf } from './harness/page-state.js';
import type { TestBrowser } from './harness/test-browser.js';

const ARTICLE = 'moscow-times-article.html';

describe.each(BROWSERS)('the built extension in %s', (browserName) => {
  let server: FixtureServer;
  let browser: TestBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs the content script on a served article and analyses it', async () => {
    const article = await browser.newPage(server.url(ARTICLE));
    const extensionPage = await browser.openExtensionPage('options.html');
    const state = await pageStateOf(extensionPage, server.url(ARTICLE));
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    expect(state.site).toBe('127.0.0.1');
    expect(state.analysis.title).toBe('Government Interested in Foreign Technology, Not Ready-Made Arms');
    expect(state.analysis.text).toContain('Vyacheslav Dzirkaln');
    // The article stays on the page, visible.
    expect(await article.evaluate(() => document.querySelector('.article__content p')?.getBoundingClientRect().height ?? 0, null)).toBeGreaterThan(0);
    await article.close();
    await extensionPage.close();
  });

  it('renders the popup page', async () => {
    const popup = await browser.openExtensionPage('popup.html', { width: 380, height: 600 });
    // Firefox's BiDi waitFor fails on a null argument ("right-hand side of 'in' should be an object"), so pass a value.
    await popup.waitFor((ready) => document.body.dataset.ready === ready, '1');
    expect(await popup.evaluate(() => document.body.textContent ?? '', null)).toContain('Plainsight');
    mkdirSync('artifacts/screenshots', { recursive: true });
    await popup.screenshot(`artifacts/screenshots/popup-${browserName}.png`);
    await popup.close();
  });

  it('makes no network request of its own', () => {
    expect(browser.extensionRequests()).toEqual([]);
  });
});
