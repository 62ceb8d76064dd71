/**
 * Background (Chrome service worker / Firefox event page). Thin by design:
 * it runs settings migrations, keeps the toolbar badge, owns the context menu
 * and stores rules picked on a page. Every handler checks who is calling.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage, type BackgroundMessage } from '../shared/messages.js';
import { migrateStoredSettings } from '../shared/settings-store.js';
import { showHiddenCount } from './badge.js';
import { refreshBadgesWhenOptionChanges } from './badge-refresh.js';
import { addSiteRuleFromTab } from './site-rules.js';
import { CONTEXT_MENU_ID, createContextMenu, startPickerInTab } from './context-menu.js';

browser.runtime.onInstalled.addListener(() => {
  migrateStoredSettings().catch((error: unknown) => console.error('[Plainsight] settings migration failed:', error));
  createContextMenu();
});

refreshBadgesWhenOptionChanges();

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === CONTEXT_MENU_ID && tab?.id !== undefined) void startPickerInTab(tab.id);
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined; // Unknown or foreign: ignore, never throw.
  return handle(message as BackgroundMessage, sender);
});

async function handle(message: BackgroundMessage, sender: Runtime.MessageSender): Promise<unknown> {
  // Both messages describe a page, so they are only accepted from a content script in a tab.
  const tab = sender.tab;
  if (!tab || tab.id === undefined || sender.frameId !== 0) return undefined;
  switch (message.type) {
    case 'hiddenCountsChanged':
      return showHiddenCount(tab.id, message.counts);
    case 'addSiteRule':
      return addSiteRuleFromTab(tab.url, message.selector);
  }
}
