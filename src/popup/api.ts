/**
 * Everything the popup needs from the browser, behind one interface, so the
 * popup renders under jsdom and in tests against `api.mock.ts`.
 * `createBrowserApi` is the real implementation over `browser.*` and messages.
 */
import browser from 'webextension-polyfill';
import { sendToTab, type PageState } from '../shared/messages.js';
import { isSiteEnabled } from '../shared/settings-codec.js';
import { loadSettings, updateSettings } from '../shared/settings-store.js';

export interface TabInfo {
  id: number;
  /** Null when the browser does not tell us (no host access to the page). */
  url: string | null;
}

export interface PopupApi {
  /** The tab the popup describes: `?tab=<id>` when popup.html is opened in a normal tab, else the active tab. */
  getTab(): Promise<TabInfo | null>;
  /** Asks the tab's content script; rejects when there is none (browser page, no access, not reloaded since install). */
  getPageState(tabId: number): Promise<PageState>;
  /** Asks the content script to analyse the page again (after an error). */
  analyzeAgain(tabId: number): Promise<PageState>;
  setRevealed(tabId: number, revealed: boolean): Promise<PageState>;
  /** Scrolls the page to a figure or quote and flashes it; false when it was not found. */
  scrollTo(tabId: number, text: string): Promise<boolean>;
  isSiteEnabled(site: string): Promise<boolean>;
  /** Stores the per-site switch; the content script applies it live through storage.onChanged. */
  setSiteEnabled(site: string, enabled: boolean): Promise<void>;
  /** Firefox asks the user for each site's access; true on Chrome, where install grants it. */
  hasSiteAccess(origin: string): Promise<boolean>;
  requestSiteAccess(origin: string): Promise<boolean>;
  reloadTab(tabId: number): Promise<void>;
  openOptions(): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Closes the popup window (no-op when it was opened in a tab). */
  close(): void;
}

/** The real API. `search` is `location.search` of popup.html. */
export function createBrowserApi(search: string): PopupApi {
  const requestedTab = Number(new URLSearchParams(search).get('tab'));
  return {
    async getTab() {
      const tab = Number.isInteger(requestedTab) && requestedTab > 0
        ? await browser.tabs.get(requestedTab)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
    },
    getPageState: (tabId) => sendToTab(tabId, { type: 'getPageState' }),
    analyzeAgain: (tabId) => sendToTab(tabId, { type: 'analyzeAgain' }),
    setRevealed: (tabId, revealed) => sendToTab(tabId, { type: 'setRevealed', revealed }),
    scrollTo: (tabId, text) => sendToTab(tabId, { type: 'scrollToText', text }),
    async isSiteEnabled(site) {
      return isSiteEnabled((await loadSettings()).settings, site);
    },
    async setSiteEnabled(site, enabled) {
      await updateSettings((settings) => {
        settings.sites[site] = enabled;
      });
    },
    async hasSiteAccess(origin) {
      if (!__FIREFOX__) return true;
      return browser.permissions.contains({ origins: [`${origin}/*`] });
    },
    requestSiteAccess: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
    reloadTab: (tabId) => browser.tabs.reload(tabId),
    openOptions: () => browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
    close: () => {
      if (!Number.isInteger(requestedTab) || requestedTab <= 0) window.close();
    },
  };
}
