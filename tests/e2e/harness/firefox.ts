/**
 * Real Firefox ESR (Debian's /usr/bin/firefox-esr) with the built extension,
 * driven by puppeteer-core over WebDriver BiDi (no geckodriver download).
 * See ../shared/notes/browsers.md for why each option is here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { DIST, EXECUTABLE, assertReady, pollUntil, type TestBrowser, type TestPage } from './test-browser.js';

/** A fixed moz-extension host, so tests can open extension pages by URL. */
const EXTENSION_UUID = '6f1d2c3b-4a59-4e7d-9c8b-0a1b2c3d4e5f';

export async function launchFirefox(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<TestBrowser> {
  assertReady('firefox');
  const manifest = JSON.parse(readFileSync(`${DIST.firefox}/manifest.json`, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLE.firefox,
    headless: true,
    // Lets BiDi navigate a tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    },
  });
  await browser.installExtension(DIST.firefox);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  const requests: string[] = [];
  const track = (page: Page) => page.on('request', (request) => {
    if (page.url().startsWith(extensionOrigin) && !request.url().startsWith(extensionOrigin)) requests.push(request.url());
  });
  return {
    name: 'firefox',
    extensionOrigin,
    async newPage(url) {
      const page = await browser.newPage();
      track(page);
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path, viewport) {
      const page = await browser.newPage();
      track(page);
      if (viewport) await page.setViewport(viewport).catch(() => {}); // Unsupported on Firefox 140.
      // Puppeteer's goto never resolves for moz-extension:// pages; wait for the document instead.
      page.goto(`${extensionOrigin}/${path}`).catch(() => {});
      // Polled from here: waitForFunction sporadically dies inside Firefox's BiDi script module
      // ("right-hand side of 'in' should be an object, got null") on this loaded machine.
      await pollUntil(() => page.evaluate((origin) => location.href.startsWith(origin) && document.readyState === 'complete', extensionOrigin), 20_000);
      return wrap(page, viewport);
    },
    extensionRequests: () => [...requests],
    async close() {
      await browser.close();
    },
  };
}

function wrap(page: Page, clip?: { width: number; height: number }): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeoutMs) => pollUntil(() => page.evaluate(fn as never, arg), timeoutMs),
    click: (selector) => page.click(selector),
    screenshot: async (path) => {
      const bytes = await page.screenshot(clip ? { clip: { x: 0, y: 0, ...clip } } : {});
      writeFileSync(path, bytes);
    },
    close: () => page.close(),
  };
}
