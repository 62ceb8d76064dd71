/** The toolbar badge: how many blocks Plainsight hides on a tab (off by option). */
import browser from 'webextension-polyfill';
import type { HiddenCounts } from '../shared/messages.js';
import { loadSettings } from '../shared/settings-store.js';

const BADGE_COLOR = '#3d5a80';

export async function showHiddenCount(tabId: number, counts: HiddenCounts): Promise<void> {
  const { settings } = await loadSettings();
  const total = counts.donation + counts.newsletter + counts.subscription;
  const text = settings.showBadge && total > 0 ? String(total) : '';
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  await browser.action.setBadgeText({ tabId, text });
  await browser.action.setTitle({ tabId, title: text ? browser.i18n.getMessage('badgeTitle', [text]) : null });
}
