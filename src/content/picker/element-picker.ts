/**
 * The element picker started from the context menu ("Hide this block on this
 * site"), like uBlock Origin's: the element under the pointer is highlighted;
 * a click picks it (the page never sees that click, so links don't fire);
 * Escape cancels; ArrowUp widens to the parent, ArrowDown narrows back; Enter
 * picks the highlighted element.
 *
 * Test URLs: https://www.theguardian.com/world (pick the "Support the Guardian" epic),
 *            https://www.lemonde.fr/international/ (pick a subscription banner)
 */
import { createPickerOverlay, PICKER_HOST_TAG } from './picker-overlay.js';

export interface PickerOptions {
  /** The banner text (localized). */
  hint: string;
  onPick(element: Element): void;
  onCancel(): void;
}

/** Events the page must not see while picking (a mousedown alone can start a drag or open a menu). */
const SWALLOWED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'touchstart', 'touchend'] as const;

function pickable(element: Element | null): element is Element {
  return !!element && element.localName !== PICKER_HOST_TAG && !['html', 'body', 'head'].includes(element.localName);
}

/** Starts picking; returns a function that stops without picking. */
export function startElementPicker(document: Document, options: PickerOptions): () => void {
  const window = document.defaultView!;
  const overlay = createPickerOverlay(document, options.hint);
  const controller = new AbortController();
  const listen = { capture: true, signal: controller.signal };
  let current: Element | null = null;
  const narrower: Element[] = [];

  const stop = () => {
    controller.abort();
    overlay.remove();
  };
  const select = (element: Element | null) => {
    current = element;
    overlay.highlight(element);
  };
  const swallow = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  window.addEventListener('mousemove', (event) => {
    const target = event.target instanceof window.Element ? event.target : null;
    if (pickable(target) && target !== current && !narrower.includes(target)) {
      narrower.length = 0;
      select(target);
    }
  }, listen);
  window.addEventListener('click', (event) => {
    swallow(event);
    const target = current ?? (event.target instanceof window.Element ? event.target : null);
    if (!pickable(target)) return;
    stop();
    options.onPick(target);
  }, listen);
  for (const type of SWALLOWED) window.addEventListener(type, swallow, listen);
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      swallow(event);
      stop();
      options.onCancel();
    } else if (event.key === 'ArrowUp' && current && pickable(current.parentElement)) {
      swallow(event);
      narrower.push(current);
      select(current.parentElement);
    } else if (event.key === 'ArrowDown' && narrower.length > 0) {
      swallow(event);
      select(narrower.pop()!);
    } else if (event.key === 'Enter' && current) {
      swallow(event);
      const picked = current;
      stop();
      options.onPick(picked);
    }
  }, listen);
  window.addEventListener('scroll', () => overlay.highlight(current), { capture: true, passive: true, signal: controller.signal });
  return stop;
}
