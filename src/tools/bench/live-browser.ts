/**
 * Headless Chromium with and without the built extension, and the page-load
 * measurements taken in it (see /work/shared/notes/browsers.md for the flags
 * that were seen to work with playwright-core and an unpacked MV3 extension).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * The performance.measure names the content script records (src/content/content-session.ts):
 * extraction + appeal detection + hiding, then, in a later idle slot, the language stages.
 * The analysis time is their sum; the second one marks it finished.
 */
export const ANALYZE_MEASURES = ['plainsight:prepare', 'plainsight:understand'];
const FINISHED_MEASURE = 'plainsight:understand';
/** Parts of 'plainsight:prepare': Readability on a clone, then the appeal detector (guard + scan). */
export const READABILITY_MEASURE = 'plainsight:readability';
export const DETECT_MEASURE = 'plainsight:detect';

const COMMON_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  // Corpus pages link to third-party images and scripts; fail them at once instead of waiting on the network.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Browser {
  context: BrowserContext;
  /** Extension id when launched with the extension. */
  extensionId: string | null;
  version: string;
  close(): Promise<void>;
}

/** Launches Chromium in a fresh profile, with the unpacked extension in `extensionDir` if given. */
export async function launchChromium(extensionDir: string | null): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'plainsight-bench-'));
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...COMMON_ARGS] : COMMON_ARGS;
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args });
  let extensionId: string | null = null;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    version: context.browser()?.version() ?? (await versionFromPage(context)),
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function versionFromPage(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    return await page.evaluate(() => navigator.userAgent.match(/Chrom(?:e|ium)\/([\d.]+)/)?.[1] ?? 'unknown');
  } finally {
    await page.close();
  }
}

export interface LoadSample {
  /** Navigation start → end of the load event. */
  loadMs: number;
  /** Renderer script and task time (CDP Performance.getMetrics) once the page has settled. */
  scriptMs: number;
  taskMs: number;
  /** Sum of the content script's analysis measures, null when it recorded none. */
  analyzeMs: number | null;
  /** Readability's and the appeal detector's time inside that analysis (first analysis of the load), null when not recorded. */
  readabilityMs: number | null;
  detectMs: number | null;
}

/** Loads `url` in a new tab, waits until the page (and the extension's analysis, if any) has settled, and measures. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadSample> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (browser.extensionId) {
      // The analysis runs at idle time after load (requestIdleCallback, 1.5 s timeout at most).
      await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FINISHED_MEASURE, { timeout: 15_000 }).catch(() => undefined);
    } else {
      await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1500 })));
    }
    const timings = await page.evaluate(({ names, readability, detect }) => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const measures = names.flatMap((name) => performance.getEntriesByName(name));
      // No named helper functions in here: tsx wraps them in a `__name` call the page does not have.
      return {
        loadMs: navigation ? navigation.loadEventEnd - navigation.startTime : Number.NaN,
        analyzeMs: measures.length ? measures.reduce((sum, entry) => sum + entry.duration, 0) : null,
        readabilityMs: performance.getEntriesByName(readability)[0]?.duration ?? null,
        detectMs: performance.getEntriesByName(detect)[0]?.duration ?? null,
      };
    }, { names: ANALYZE_MEASURES, readability: READABILITY_MEASURE, detect: DETECT_MEASURE });
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
    return { ...timings, scriptMs: metric('ScriptDuration'), taskMs: metric('TaskDuration') };
  } finally {
    await page.close();
  }
}

/**
 * Opens the popup for the tab showing `url` (popup.html?tab=<id>) and times
 * until it has settled (`body[data-ready="1"]`) with an element matching
 * `summarySelector` painted; summaryMs is null when it painted no summary.
 */
export async function measurePopup(
  browser: Browser,
  pageUrl: string,
  summarySelector: string,
): Promise<{ summaryMs: number | null; tabId: number | null; state: string | null }> {
  const page: Page = await browser.context.newPage();
  await page.goto(pageUrl, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, FINISHED_MEASURE, { timeout: 15_000 }).catch(() => undefined);
  const worker = browser.context.serviceWorkers()[0];
  const tabId = worker
    ? await worker.evaluate(async (url) => {
        const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome.tabs.query({});
        // Without the "tabs" permission tab URLs are hidden; the page is then the newest tab (ids only grow).
        const byUrl = tabs.find((tab) => tab.url === url);
        return byUrl?.id ?? Math.max(...tabs.map((tab) => tab.id ?? -1));
      }, pageUrl)
    : null;
  const popup = await browser.context.newPage();
  try {
    const start = Date.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId ?? ''}`);
    await popup.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 15_000 }).catch(() => undefined);
    const settledMs = Date.now() - start;
    const painted = await popup.evaluate((selector) => {
      const element = document.querySelector(selector);
      return { summary: element !== null && element.getClientRects().length > 0, state: document.body.dataset.state ?? null };
    }, summarySelector);
    return { summaryMs: painted.summary ? settledMs : null, tabId, state: painted.state };
  } finally {
    await popup.close();
    await page.close();
  }
}
