// @vitest-environment node
/**
 * axe-core in real Chromium and Firefox (with layout, so colour contrast is
 * checked too) on the popup's states and the options page, light and dark.
 * axe is injected as a string evaluated by the driver, which the pages' strict
 * CSP does not govern (no eval or inline script in the page itself).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.js';
import { BROWSERS, launch } from './harness/launch.js';
import { pageStateOf, tabIdOf } from './harness/page-state.js';
import type { TestBrowser, TestPage } from './harness/test-browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOT_ARTICLE = `<!doctype html><html lang="en"><head><title>Example News — Home</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><ul><li><a href="/a">One headline</a></li><li><a href="/b">Another</a></li></ul></body></html>`;

async function violations(page: TestPage): Promise<string[]> {
  await page.evaluate(AXE_SOURCE as never, undefined as never);
  return page.evaluate(async () => {
    const result = await (globalThis as any).axe.run(document);
    return result.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, null);
}

async function popupFor(browser: TestBrowser, query: string, state: string): Promise<TestPage> {
  const popup = await browser.openExtensionPage(`popup.html${query}`, { width: 380, height: 600 });
  await popup.waitFor((expected) => document.body.dataset.ready === '1' && document.body.dataset.state === expected, state);
  return popup;
}

describe.each(BROWSERS.flatMap((name) => [[name, 'light'], [name, 'dark']] as const))('axe in %s (%s)', (browserName, scheme) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let options: TestPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName, { colorScheme: scheme });
    options = await browser.openExtensionPage('options.html');
    await options.waitFor((ready) => document.body.dataset.ready === ready, '1');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the popup for an article has no violations', async () => {
    const url = server.url('moscow-times-article.html');
    await browser.newPage(url);
    await pageStateOf(options, url);
    const popup = await popupFor(browser, `?tab=${await tabIdOf(options, url)}`, 'ready');
    expect(await violations(popup)).toEqual([]);
  });

  it('the popup for a page that is not an article has no violations', async () => {
    const url = server.addPage('home', NOT_ARTICLE);
    await browser.newPage(url);
    await pageStateOf(options, url);
    const popup = await popupFor(browser, `?tab=${await tabIdOf(options, url)}`, 'not-article');
    expect(await violations(popup)).toEqual([]);
  });

  it('the popup on a page where extensions cannot run has no violations', async () => {
    // Opened in a tab of its own, the popup's active tab is an extension page.
    const popup = await popupFor(browser, '', 'restricted');
    expect(await violations(popup)).toEqual([]);
  });

  it('the options page has no violations', async () => {
    expect(await violations(options)).toEqual([]);
  });
});
