// @vitest-environment node
/**
 * What a reader sees on a news page: appeals hidden on load and when injected
 * later, article paragraphs visible throughout, and the per-site switch
 * undoing and redoing the hiding live, persisting across reloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.js';
import { BROWSERS, launch } from './harness/launch.js';
import { pageStateOf } from './harness/page-state.js';
import type { TestBrowser, TestPage } from './harness/test-browser.js';

const ARTICLE = 'moscow-times-article.html';

/** Whether each selector's element is rendered (has a box) on the page. */
function visibility(page: TestPage, selectors: string[]): Promise<boolean[]> {
  return page.evaluate((list: string[]) => list.map((selector) => {
    const element = document.querySelector(selector);
    return !!element && element.getClientRects().length > 0;
  }), selectors);
}

const APPEALS = ['.article__block--newsletter', '.contribute-banner'];
const ARTICLE_PARAGRAPHS = ['.article__block--text:nth-of-type(1) p', '.article__content > .article__block--text:last-child p'];

function setSiteSwitch(extensionPage: TestPage, on: boolean): Promise<void> {
  return extensionPage.evaluate(async (value: boolean) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    await api.storage.sync.set({ 'site:127.0.0.1': value });
  }, on);
}

describe.each(BROWSERS)('hiding appeals in %s', (browserName) => {
  let server: FixtureServer;
  let browser: TestBrowser;
  let extensionPage: TestPage;
  let page: TestPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launch(browserName);
    extensionPage = await browser.openExtensionPage('options.html');
    page = await browser.newPage(server.url(ARTICLE));
    await pageStateOf(extensionPage, server.url(ARTICLE));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('hides the newsletter box and the donation banner on load, and no article paragraph', async () => {
    await page.waitFor((selectors: string[]) => selectors.every((s) => document.querySelector(s)?.getClientRects().length === 0), APPEALS);
    expect(await visibility(page, APPEALS)).toEqual([false, false]);
    expect(await visibility(page, ARTICLE_PARAGRAPHS)).toEqual([true, true]);
    // Hidden by marking, never by removing: the nodes are still in the page.
    expect(await page.evaluate(() => document.querySelectorAll('[data-plainsight-hidden]').length, 0)).toBeGreaterThanOrEqual(2);
    const state = await pageStateOf(extensionPage, server.url(ARTICLE));
    expect(state.status === 'ready' && state.analysis.hidden.map((block) => block.kind).sort()).toEqual(['donation', 'donation', 'newsletter']);
  });

  it('hides an appeal the page injects seconds later', async () => {
    await page.evaluate(() => {
      setTimeout(() => {
        const bar = document.createElement('div');
        bar.className = 'sticky-signup';
        bar.id = 'late-newsletter';
        const text = document.createElement('p');
        text.textContent = 'Get our free morning briefing in your inbox. Sign up for the newsletter!';
        const form = document.createElement('form');
        const input = document.createElement('input');
        input.type = 'email';
        input.placeholder = 'Your email address';
        const button = document.createElement('button');
        button.type = 'submit';
        button.textContent = 'Subscribe';
        form.append(input, button);
        bar.append(text, form);
        document.body.append(bar);
      }, 1500);
    }, 0);
    await page.waitFor(() => document.getElementById('late-newsletter')?.getAttribute('data-plainsight-hidden') === 'newsletter', 0, 20_000);
    expect(await visibility(page, ['#late-newsletter'])).toEqual([false]);
    expect(await visibility(page, ARTICLE_PARAGRAPHS)).toEqual([true, true]);
  });

  it('turns off for the site without reload, stays off after reload, and turns back on', async () => {
    await setSiteSwitch(extensionPage, false);
    await page.waitFor((selectors: string[]) => selectors.every((s) => (document.querySelector(s)?.getClientRects().length ?? 0) > 0), APPEALS);
    expect(await page.evaluate(() => document.querySelectorAll('[data-plainsight-hidden], style[data-plainsight-style]').length, 0)).toBe(0);
    await page.reload();
    const state = await pageStateOf(extensionPage, server.url(ARTICLE));
    expect(state.hidingEnabled).toBe(false);
    expect(await visibility(page, APPEALS)).toEqual([true, true]);
    await setSiteSwitch(extensionPage, true);
    await page.waitFor((selectors: string[]) => selectors.every((s) => document.querySelector(s)?.getClientRects().length === 0), APPEALS);
    expect(await visibility(page, ARTICLE_PARAGRAPHS)).toEqual([true, true]);
  });

  it('shows hidden blocks on request ("Show them") and hides them again', async () => {
    const reveal = (revealed: boolean) => extensionPage.evaluate(async ([url, value]: [string, boolean]) => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      for (const tab of await api.tabs.query({})) {
        const state = await api.tabs.sendMessage(tab.id, { type: 'getPageState' }).catch(() => null);
        if (state?.url === url) return api.tabs.sendMessage(tab.id, { type: 'setRevealed', revealed: value });
      }
      return null;
    }, [server.url(ARTICLE), revealed] as [string, boolean]);
    const shown = await reveal(true);
    expect(shown?.status === 'ready' && shown.revealed).toBe(true);
    expect(await visibility(page, APPEALS)).toEqual([true, true]);
    await reveal(false);
    expect(await visibility(page, APPEALS)).toEqual([false, false]);
  });
});
