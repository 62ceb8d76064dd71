/**
 * One small interface over the two drivers (playwright-core for Chromium,
 * puppeteer-core over WebDriver BiDi for Firefox), so each end-to-end test is
 * written once and run in both real browsers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor<A>(fn: (arg: A) => unknown, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** Opens a web page in a new tab. */
  newPage(url: string): Promise<TestPage>;
  /** Opens an extension page (e.g. "popup.html?tab=3") in a new tab. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<TestPage>;
  /** Origin of extension pages, e.g. chrome-extension://<id>. */
  extensionOrigin: string;
  /** URLs of every network request made by the extension's own pages and worker. */
  extensionRequests(): string[];
  close(): Promise<void>;
}

export const DIST = {
  chromium: fileURLToPath(new URL('../../../dist/chrome', import.meta.url)),
  firefox: fileURLToPath(new URL('../../../dist/firefox', import.meta.url)),
};

export const EXECUTABLE = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
};

const DEBIAN_PACKAGE = { chromium: 'chromium', firefox: 'firefox-esr' };

/** A missing browser or build is a clear failure, never a silent skip. */
export function assertReady(name: BrowserName): void {
  if (!existsSync(EXECUTABLE[name])) {
    throw new Error(`${EXECUTABLE[name]} not found: install it with "apt-get install -y ${DEBIAN_PACKAGE[name]}" (or set ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'}).`);
  }
  if (!existsSync(`${DIST[name]}/manifest.json`)) {
    throw new Error(`${DIST[name]} has no built extension: run "npm run build" first.`);
  }
}

/** Polls `check` until it returns a truthy value (for things outside any page, e.g. storage). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
}

/**
 * Polls a page-side check from the test process. The drivers' own
 * waitForFunction relies on the page's MutationObserver / rAF, which hostile
 * test pages break on purpose.
 */
export async function pollUntil(check: () => Promise<unknown>, timeoutMs = 15_000): Promise<void> {
  await eventually(async () => Boolean(await check()), timeoutMs);
}
