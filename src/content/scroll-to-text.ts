/**
 * Scrolls the page to the passage holding a figure or quote from the popup and
 * flashes it. The flash is a data attribute styled by Plainsight's own
 * stylesheet, removed after the animation: the page's styles are never touched.
 */
import { collapseWhitespace } from '../core/text-utils.js';

export const FLASH_ATTRIBUTE = 'data-plainsight-flash';
const FLASH_MS = 1600;
const FLASH_STYLE_ID = 'plainsight-flash-style';

export function scrollToText(document: Document, text: string): boolean {
  const needle = collapseWhitespace(text).toLowerCase();
  if (!needle) return false;
  const target = findElementWithText(document, needle.slice(0, 120));
  if (!target) return false;
  ensureFlashStyle(document);
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => target.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
  return true;
}

/**
 * The innermost element whose text contains `needle` (lower-cased, whitespace-
 * collapsed): descend from <body> into the first child that still holds it.
 */
function findElementWithText(document: Document, needle: string): Element | null {
  const holds = (element: Element) => collapseWhitespace(element.textContent ?? '').toLowerCase().includes(needle);
  let current = document.body;
  if (!current || !holds(current)) return null;
  for (;;) {
    const next = Array.from(current.children).find(holds);
    if (!next) return current === document.body ? null : current;
    current = next as HTMLElement;
  }
}

function ensureFlashStyle(document: Document): void {
  if (document.getElementById(FLASH_STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = FLASH_STYLE_ID;
  style.textContent = `[${FLASH_ATTRIBUTE}]{outline:3px solid #f5b400!important;outline-offset:4px!important;transition:outline-color 1.5s ease-out!important}`;
  (document.head ?? document.documentElement).append(style);
}
