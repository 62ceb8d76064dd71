// @vitest-environment node
/**
 * The popup, the options page and the element picker in real Chromium and
 * Firefox, over the built extension and a served fixture article. Tests in a
 * browser run in order and share its settings: the picker adds a rule, the
 * switch then turns the site off, and so on. Screenshots of the popup (light
 * and dark) go to artifacts/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.js';
import { BROWSERS, launch } from './harness/launch.js';
import { pageStateOf, tabIdOf } from './harness/page-state.js';
import type { TestBrowser, TestPage } from './harness/test-browser.js';

const ARTICLE = 'moscow-times-article.html';
const SHOTS = 'artifacts/screenshots';
const POPUP_SIZE = { width: 380, height: 600 };
/** A visible block of the fixture page that the detector leaves alone, picked by hand. */
const PICKED = '.ad-slot';

async function openPopup(browser: TestBrowser, tabId: number): Promise<TestPage> {
  const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`, POPUP_SIZE);
  await popup.waitFor((ready) => document.body.dataset.ready === ready, '1');
  return popup;
}

const isShown = (page: TestPage, selector: string) =>
  page.evaluate((sel) => getComputedStyle(document.querySelector(sel)!).display !== 'none', selector);

describe.each(BROWSERS)('popup, options and picker in %s', (browserName) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let article: TestPage;
  let options: TestPage;
  let tabId: number;
  let articleUrl: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startFixtureServer();
    browser = await launch(browserName);
    articleUrl = server.url(ARTICLE);
    article = await browser.newPage(articleUrl);
    options = await browser.openExtensionPage('options.html');
    tabId = await tabIdOf(options, articleUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the article tab’s title, summary, figures and quotes as the content script analysed them', async () => {
    const state = await pageStateOf(options, articleUrl);
    expect(state.status).toBe('ready');
    if (state.status !== 'ready') return;
    const popup = await openPopup(browser, tabId);
    const shown = await popup.evaluate(() => ({
      state: document.body.dataset.state,
      title: document.querySelector('#article-title')?.textContent,
      meta: document.querySelector('.meta')?.textContent,
      summary: document.querySelectorAll('.summary li').length,
      figures: document.querySelectorAll('.figures li').length,
      quotes: document.querySelectorAll('.quotes li').length,
      switchLabel: document.querySelector('label[for="site-switch"]')?.textContent,
      switchOn: (document.querySelector('#site-switch') as HTMLInputElement | null)?.checked,
    }), null);
    expect(shown).toEqual({
      state: 'ready',
      title: state.analysis.title,
      meta: expect.stringContaining('Alexey Eremenko'),
      summary: state.analysis.summary.length,
      figures: state.analysis.figures.length,
      quotes: state.analysis.quotes.length,
      switchLabel: 'Hide clutter on 127.0.0.1',
      switchOn: true,
    });
    const paintedAt = await popup.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? -1, 'plainsight:popup-ready');
    console.log(`[${browserName}] popup painted the article ${Math.round(paintedAt)} ms after navigation start`);
    await popup.screenshot(`${SHOTS}/popup-${browserName}-light.png`);
    await popup.close();
  });

  it('copies the article as Markdown', async () => {
    const popup = await openPopup(browser, tabId);
    // The headless clipboard needs focus the test cannot give; record what the popup writes instead.
    await popup.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (text: string) => { document.body.dataset.copied = text; } });
    }, null);
    await popup.click('#copy-markdown');
    await popup.waitFor((done) => document.querySelector('#status')?.textContent === done, 'Copied');
    const copied = await popup.evaluate(() => document.body.dataset.copied ?? '', null);
    expect(copied.split('\n')[0]).toBe(`# [Government Interested in Foreign Technology, Not Ready\\-Made Arms](<${articleUrl}>)`.replace('\\-', '-'));
    await popup.close();
  });

  it('the picker hides a chosen block, and the rule appears in the options', async () => {
    expect(await isShown(article, PICKED)).toBe(true);
    const started = await options.evaluate(async (id) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return api.tabs.sendMessage(id, { type: 'startPicker' });
    }, tabId);
    expect(started).toBe(true);
    await article.waitFor((tag) => document.querySelector(tag) !== null, 'plainsight-picker');
    await article.click(PICKED);
    await article.waitFor((sel) => getComputedStyle(document.querySelector(sel)!).display === 'none', PICKED);
    await options.waitFor((rule) => [...document.querySelectorAll('.rule code')].some((code) => code.textContent === rule), 'div.ad-slot');
    expect(await article.evaluate(() => document.querySelector('plainsight-picker'), null)).toBeNull();
  });

  it('switching the site off brings hidden blocks back at once, and the switch survives a reload', async () => {
    const popup = await openPopup(browser, tabId);
    await popup.click('#site-switch');
    await article.waitFor((sel) => getComputedStyle(document.querySelector(sel)!).display !== 'none', PICKED);
    await article.reload();
    await pageStateOf(options, articleUrl);
    expect(await isShown(article, PICKED)).toBe(true);
    await popup.close();
    // A fresh popup (Firefox never finishes reloading moz-extension pages through BiDi).
    const again = await openPopup(browser, tabId);
    expect(await again.evaluate(() => (document.querySelector('#site-switch') as HTMLInputElement).checked, null)).toBe(false);
    await again.click('#site-switch');
    await article.waitFor((sel) => getComputedStyle(document.querySelector(sel)!).display === 'none', PICKED);
    await again.close();
  });

  it('options: export, reset, import round-trips; a broken file is refused and changes nothing', async () => {
    await options.close();
    options = await browser.openExtensionPage('options.html');
    await options.waitFor((ready) => document.body.dataset.ready === ready, '1');
    const exported = await options.evaluate(async () => {
      let blob: Blob | null = null;
      const original = URL.createObjectURL;
      URL.createObjectURL = (object: Blob | MediaSource) => { blob = object as Blob; return original.call(URL, object); };
      (document.querySelector('#export') as HTMLButtonElement).click();
      URL.createObjectURL = original;
      return blob ? await (blob as Blob).text() : '';
    }, null);
    expect(JSON.parse(exported)).toMatchObject({ app: 'plainsight', settings: { rules: { '127.0.0.1': ['div.ad-slot'] } } });
    await options.click('#reset');
    await options.click('#reset-yes');
    // (Firefox's BiDi waitFor fails when the argument is null, so every wait passes a value.)
    await options.waitFor((id) => document.getElementById(id) !== null, 'rules-empty');
    const importText = (text: string) => options.evaluate((content) => {
      const input = document.querySelector('#import-file') as HTMLInputElement;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'settings.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    }, text);
    await importText(exported);
    await options.waitFor((rule) => [...document.querySelectorAll('.rule code')].some((code) => code.textContent === rule), 'div.ad-slot');
    await importText('{"app": "plainsight", "version": 1, "settings": {"rules": ');
    await options.waitFor((text) => (document.querySelector('#import-error')?.textContent ?? '').includes(text), 'Nothing was changed');
    expect(await options.evaluate(() => document.querySelectorAll('.rule code').length, null)).toBe(1);
  });

  it('makes no network request of its own', () => {
    expect(browser.extensionRequests()).toEqual([]);
  });
});

describe.each(BROWSERS)('popup in dark mode in %s', (browserName) => {
  it('follows prefers-color-scheme: dark', async () => {
    const server = await startFixtureServer();
    const browser = await launch(browserName, { colorScheme: 'dark' });
    try {
      const article = await browser.newPage(server.url(ARTICLE));
      const options = await browser.openExtensionPage('options.html');
      const tabId = await tabIdOf(options, server.url(ARTICLE));
      await pageStateOf(options, server.url(ARTICLE));
      const popup = await openPopup(browser, tabId);
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor, null)).toBe('rgb(28, 31, 36)');
      await popup.screenshot(`${SHOTS}/popup-${browserName}-dark.png`);
      await article.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
