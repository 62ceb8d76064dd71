/**
 * When the user turns the badge option on or off, every open tab's badge
 * follows at once, instead of only after that page next reports its counts.
 */
import browser from 'webextension-polyfill';
import { sendToTab, type HiddenCounts, type PageState } from '../shared/messages.js';
import { showHiddenCount } from './badge.js';

export function countsOf(state: PageState): HiddenCounts {
  const counts: HiddenCounts = { donation: 0, newsletter: 0, subscription: 0 };
  if (state.status === 'ready') for (const block of state.analysis.hidden) counts[block.kind] += 1;
  return counts;
}

/** Asks each tab's content script for its state and redraws its badge; tabs without one are skipped. */
export async function refreshAllBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map(async (tab) => {
    if (tab.id === undefined) return;
    try {
      await showHiddenCount(tab.id, countsOf(await sendToTab(tab.id, { type: 'getPageState' })));
    } catch {
      // No content script there (browser page, not reloaded since install): it has no badge either.
    }
  }));
}

export function refreshBadgesWhenOptionChanges(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if ((area === 'sync' || area === 'local') && 'showBadge' in changes) void refreshAllBadges();
  });
}
