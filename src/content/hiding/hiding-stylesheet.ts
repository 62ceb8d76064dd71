/**
 * The ONE stylesheet that hides marked blocks. Hiding lives entirely in CSS:
 * disabling the sheet (`media="not all"`) shows everything again in one step,
 * and removing it leaves the page's own styles untouched.
 */
import type { AppealKind } from '../../core/types.js';

export const KIND_ATTRIBUTE = 'data-plainsight-hidden';
export const UNLOCK_ATTRIBUTE = 'data-plainsight-unlock';
export const STYLE_ATTRIBUTE = 'data-plainsight-style';

const HIDE = '{display:none!important}';

/** Drops selectors the browser cannot parse, so one bad user rule cannot disable the rest. */
export function validSelectors(document: Document, selectors: readonly string[]): string[] {
  return selectors.filter((selector) => {
    if (!selector.trim() || selector.includes('{') || selector.includes('}')) return false;
    try {
      document.querySelector(selector);
      return true;
    } catch {
      return false;
    }
  });
}

/** CSS text for the enabled kinds, the user's extra selectors and the scroll unlock. */
export function hidingCss(kinds: readonly AppealKind[], extraSelectors: readonly string[]): string {
  const rules = kinds.map((kind) => `[${KIND_ATTRIBUTE}="${kind}"]${HIDE}`);
  for (const selector of extraSelectors) rules.push(`${selector}${HIDE}`);
  // Hidden scroll-locking overlays leave the page frozen; give scrolling back.
  rules.push(`html[${UNLOCK_ATTRIBUTE}],html[${UNLOCK_ATTRIBUTE}]>body{overflow:auto!important}`);
  return rules.join('\n');
}

export class HidingStylesheet {
  private readonly element: HTMLStyleElement;

  constructor(private readonly document: Document) {
    this.element = document.createElement('style');
    this.element.setAttribute(STYLE_ATTRIBUTE, '');
  }

  get node(): HTMLStyleElement {
    return this.element;
  }

  setCss(css: string): void {
    if (this.element.textContent !== css) this.element.textContent = css;
  }

  /** Puts the sheet (back) into the page; pages that rebuild <head> may have dropped it. */
  ensureInserted(): void {
    if (this.element.isConnected) return;
    (this.document.head ?? this.document.documentElement).appendChild(this.element);
  }

  setEnabled(enabled: boolean): void {
    if (enabled) this.element.removeAttribute('media');
    else this.element.setAttribute('media', 'not all');
  }

  remove(): void {
    this.element.remove();
  }
}
