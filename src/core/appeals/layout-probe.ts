/**
 * Layout evidence, available only in a real browser: fixed or sticky
 * overlays, modal backdrops and a scroll-locked page. Under jsdom (CLI,
 * unit tests) there is no layout, and the detector falls back to what the
 * markup says (inline `position: fixed`, `role="dialog"`, `aria-modal`).
 */

export interface LayoutProbe {
  /** Whether the element floats over the page (position fixed or sticky). */
  isOverlay(element: Element): boolean;
  /** Whether the page's own scrolling is switched off (overflow hidden on html or body). */
  isScrollLocked(): boolean;
}

/** A probe over `getComputedStyle`; reads style only for the few elements the detector asks about. */
export function computedStyleProbe(window: Window): LayoutProbe {
  const { document } = window;
  return {
    isOverlay(element) {
      const position = window.getComputedStyle(element).position;
      return position === 'fixed' || position === 'sticky';
    },
    isScrollLocked() {
      return [document.documentElement, document.body].some((element) => element && window.getComputedStyle(element).overflowY === 'hidden');
    },
  };
}

const INLINE_OVERLAY = /position\s*:\s*(fixed|sticky)/i;
const LOCK_CLASS = /(^|[\s_-])(modal-open|no-?scroll|noscroll|overflow-hidden|scroll-?lock(ed)?|is-locked|has-modal)($|[\s_-])/i;
const INLINE_LOCK = /overflow(-y)?\s*:\s*hidden/i;

/**
 * What the markup alone says about layout: inline `position: fixed`, dialogs,
 * and a lock class or inline `overflow: hidden` on html/body. A real probe,
 * when given, is asked in addition (sites lock scrolling either way).
 */
export function markupProbe(document: Document, real?: LayoutProbe): LayoutProbe {
  return {
    isOverlay(element) {
      return INLINE_OVERLAY.test(element.getAttribute('style') ?? '')
        || element.getAttribute('aria-modal') === 'true'
        || element.localName === 'dialog'
        || element.getAttribute('role') === 'dialog'
        || (real?.isOverlay(element) ?? false);
    },
    isScrollLocked() {
      const byMarkup = [document.documentElement, document.body].some((element) =>
        !!element && (INLINE_LOCK.test(element.getAttribute('style') ?? '') || LOCK_CLASS.test(element.getAttribute('class') ?? '')));
      return byMarkup || (real?.isScrollLocked() ?? false);
    },
  };
}
