/**
 * A modal rarely comes alone: sites put an empty, full-screen backdrop next
 * to it (`.modal-backdrop`, `.overlay`, `.dimmer`). Hiding the modal but not
 * its backdrop would leave the page dimmed and unclickable, so an empty
 * sibling that names itself a backdrop (or floats, in a real browser) goes
 * with the modal, as a block of the same kind.
 */
import type { LayoutProbe } from './layout-probe.js';
import { splitTokens } from './attribute-tokens.js';

const BACKDROP_TOKENS = new Set(['backdrop', 'overlay', 'dimmer', 'scrim', 'curtain', 'shade', 'mask', 'underlay']);

/** Empty backdrop siblings of an overlay appeal (and of its parent, for modals wrapped once). */
export function backdropsOf(overlay: Element, probe: LayoutProbe): Element[] {
  const found: Element[] = [];
  for (const anchor of [overlay, overlay.parentElement]) {
    if (!anchor?.parentElement || anchor === anchor.ownerDocument.body) continue;
    for (const sibling of Array.from(anchor.parentElement.children)) {
      if (sibling === anchor || sibling.contains(overlay) || !isEmpty(sibling)) continue;
      if (namesBackdrop(sibling) || (sibling.localName === 'div' && probe.isOverlay(sibling))) found.push(sibling);
    }
    if (found.length > 0) break;
  }
  return found;
}

function isEmpty(element: Element): boolean {
  return (element.textContent ?? '').trim() === '' && !element.querySelector('img, video, iframe, input, button, a[href]');
}

function namesBackdrop(element: Element): boolean {
  return splitTokens(`${element.id} ${element.getAttribute('class') ?? ''}`).some((token) => BACKDROP_TOKENS.has(token));
}
