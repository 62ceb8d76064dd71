/** "Hide this block on this site": starts the element picker in the tab. */
import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/messages.js';

export const CONTEXT_MENU_ID = 'plainsight-hide-block';

export function createContextMenu(): void {
  browser.contextMenus.create({
    id: CONTEXT_MENU_ID,
    title: browser.i18n.getMessage('contextMenuHideBlock'),
    contexts: ['page', 'selection', 'image', 'link'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  }, () => void browser.runtime.lastError); // Re-creating on update reports "duplicate id"; harmless.
}

export async function startPickerInTab(tabId: number): Promise<void> {
  try {
    await sendToTab(tabId, { type: 'startPicker' });
  } catch {
    // No content script in that tab (page loaded before install, or restricted): nothing to pick.
  }
}
