/**
 * Asks a tab's content script for its PageState from an extension page,
 * exactly as the popup does. Tabs are found through their content scripts
 * (PageState carries the page URL): without the "tabs" permission, which
 * Plainsight does not ask for, tabs.query hides other tabs' URLs.
 */
import type { PageState } from '../../../src/shared/messages.js';
import type { TestPage } from './test-browser.js';

interface Found {
  tabId: number;
  state: PageState;
}

function findTab(extensionPage: TestPage, url: string): Promise<Found | null> {
  return extensionPage.evaluate(async (target: string) => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const tabs: Array<{ id: number }> = await api.tabs.query({});
    for (const tab of tabs) {
      try {
        const state = await api.tabs.sendMessage(tab.id, { type: 'getPageState' });
        if (state?.url === target) return { tabId: tab.id, state };
      } catch {
        // No content script in that tab (yet).
      }
    }
    return null;
  }, url);
}

export async function pageStateOf(extensionPage: TestPage, tabUrl: string, waitForReady = true): Promise<PageState> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await findTab(extensionPage, tabUrl);
    if (found && (!waitForReady || found.state.status !== 'analyzing')) return found.state;
    if (Date.now() > deadline) throw new Error(`no page state from ${tabUrl} (last: ${JSON.stringify(found)})`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Id of the tab showing `url` (once its content script answers). */
export async function tabIdOf(extensionPage: TestPage, url: string): Promise<number> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await findTab(extensionPage, url);
    if (found) return found.tabId;
    if (Date.now() > deadline) throw new Error(`no tab with ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
