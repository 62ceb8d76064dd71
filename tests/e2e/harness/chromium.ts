/** Real Chromium (Debian's /usr/bin/chromium) with the built extension, driven by playwright-core. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST, EXECUTABLE, assertReady, pollUntil, type TestBrowser, type TestPage } from './test-browser.js';

/** Without these, headless Chromium's blocked network calls slow everything on this machine. */
const QUIET_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<TestBrowser> {
  assertReady('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'plainsight-chromium-'));
  // Extensions need a persistent context; --disable-extensions-except re-enables ours
  // after Playwright's own --disable-extensions.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE.chromium,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    args: [`--disable-extensions-except=${DIST.chromium}`, `--load-extension=${DIST.chromium}`, ...QUIET_FLAGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`; // URL.origin is "null" for this scheme in Node.
  const requests: string[] = [];
  context.on('request', (request) => {
    const frameUrl = safeFrameUrl(request);
    if (request.url().startsWith(extensionOrigin) || frameUrl.startsWith(extensionOrigin)) requests.push(request.url());
  });
  return {
    name: 'chromium',
    extensionOrigin,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path, viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await page.goto(`${extensionOrigin}/${path}`);
      return wrap(page);
    },
    extensionRequests: () => requests.filter((url) => !url.startsWith(extensionOrigin)),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return ''; // Service-worker requests have no frame.
  }
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg, timeoutMs) => pollUntil(() => page.evaluate(fn as never, arg), timeoutMs),
    click: (selector) => page.click(selector),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}
export type { BrowserContext };
