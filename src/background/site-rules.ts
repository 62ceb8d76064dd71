/** Stores a block the user picked on a page as a per-site rule. */
import { MAX_RULES_PER_SITE, isStorableSelector } from '../shared/settings-schema.js';
import { updateSettings } from '../shared/settings-store.js';
import { siteKeyFromUrl } from '../shared/site-key.js';

/**
 * The site comes from the sender tab's URL, never from the message, so a
 * content script can only add rules for the page it runs in.
 */
export async function addSiteRuleFromTab(tabUrl: string | undefined, selector: string): Promise<boolean> {
  const site = siteKeyFromUrl(tabUrl);
  if (!site || !isStorableSelector(selector)) return false;
  let added = false;
  await updateSettings((settings) => {
    const rules = settings.rules[site] ?? [];
    if (rules.includes(selector) || rules.length >= MAX_RULES_PER_SITE) return;
    settings.rules[site] = [...rules, selector];
    added = true;
  });
  return added;
}
