/**
 * Blocks the user hid by hand (picker rules) are hidden by one stylesheet of
 * Plainsight's own, `<style id="plainsight-site-rules">`. Only selectors that
 * are safe to embed are used (see selector-check). Hiding the same way as the
 * detector's stylesheet means removing the style undoes it completely.
 */
import { isSafeSelector } from '../shared/selector-check.js';

export const SITE_RULES_STYLE_ID = 'plainsight-site-rules';

/** Puts `selectors` into effect (or removes the style when `active` is false or there are none). */
export function applySiteRules(document: Document, selectors: readonly string[], active: boolean): void {
  const existing = document.getElementById(SITE_RULES_STYLE_ID);
  const safe = active ? selectors.filter((selector) => isSafeSelector(selector, document)) : [];
  if (safe.length === 0) {
    existing?.remove();
    return;
  }
  const style = existing ?? document.createElement('style');
  style.id = SITE_RULES_STYLE_ID;
  style.textContent = safe.map((selector) => `${selector}{display:none!important}`).join('\n');
  if (!style.isConnected) (document.head ?? document.documentElement).append(style);
}
