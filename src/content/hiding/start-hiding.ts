/**
 * Hides detected appeals on the live page and keeps hiding those added later.
 *
 *   startHiding ─▶ mark initial appeals ─▶ one <style> hides [data-plainsight-hidden=kind]
 *        │
 *        └─ MutationObserver ─▶ queue ─▶ idle batch (time budget): detect in added subtrees,
 *                                         mark, re-insert the sheet, repair stripped marks ─▶ onChange
 *
 * DOM only (no extension APIs): the content script wires it to settings and
 * messages. Nothing here may throw into the page.
 */
import { markupProbe, type DetectedAppeal } from '../../core/appeals/index.js';
import { HidingStylesheet, UNLOCK_ATTRIBUTE, hidingCss, validSelectors } from './hiding-stylesheet.js';
import { ALL_KINDS, type HidingController, type HidingOptions, type HidingState } from './hiding-types.js';
import { MarkedBlocks } from './marked-blocks.js';
import { MutationQueue } from './mutation-queue.js';
import { scheduleIdle } from '../idle.js';

const DEFAULT_BUDGET_MS = 4;
/** A parent with more text than this is a page section, not an appeal's wrapper. */
const MAX_CONTEXT_CHARS = 2000;

/** Starts hiding on `document`; see the file header. */
export function startHiding(document: Document, options: HidingOptions): HidingController {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  const sheet = new HidingStylesheet(document);
  const marked = new MarkedBlocks();
  let extra = validSelectors(document, options.extraSelectors ?? []);
  const probe = markupProbe(document, options.layoutProbe);
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  let kinds = [...(options.kinds ?? ALL_KINDS)];
  let revealed = false;
  let stopped = false;
  let cancelBatch: (() => void) | null = null;
  let waiters: Array<() => void> = [];
  let state: HidingState = { blocks: [], counts: { donation: 0, newsletter: 0, subscription: 0 }, revealed };

  const safely = (work: () => void) => {
    try {
      work();
    } catch {
      // A page's odd DOM must never turn into an error on that page; the block just stays visible.
    }
  };
  const publish = () => {
    const report = marked.report(kinds);
    state = { ...report, revealed };
    if (marked.hasOverlay(kinds) && probe.isScrollLocked()) document.documentElement.setAttribute(UNLOCK_ATTRIBUTE, '');
    safely(() => options.onChange?.(state));
  };
  const markAll = (appeals: readonly DetectedAppeal[]) => {
    let changed = false;
    for (const appeal of appeals) if (marked.mark(appeal)) changed = true;
    return changed;
  };

  const queue = view ? new MutationQueue(view, () => schedule()) : null;
  const schedule = () => {
    if (stopped || cancelBatch) return;
    cancelBatch = scheduleIdle(view, () => {
      cancelBatch = null;
      safely(runBatch);
    });
  };
  const runBatch = () => {
    const started = Date.now();
    sheet.ensureInserted();
    let changed = marked.repair();
    while (queue && queue.size > 0 && Date.now() - started < budget) {
      for (const root of queue.take(8)) {
        if (marked.insideMarked(root) || !options.detect) continue;
        safely(() => {
          if (markAll(options.detect!(detectionRoot(root)))) changed = true;
        });
      }
    }
    if (changed) publish();
    if (queue && queue.size > 0) schedule();
    else resolveWaiters();
  };
  const resolveWaiters = () => {
    const pending = waiters;
    waiters = [];
    for (const resolve of pending) resolve();
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancelBatch?.();
    cancelBatch = null;
    queue?.disconnect();
    sheet.remove();
    marked.unmarkAll();
    document.documentElement.removeAttribute(UNLOCK_ATTRIBUTE);
    resolveWaiters();
  };

  if (options.signal?.aborted) stopped = true;
  else {
    options.signal?.addEventListener('abort', stop, { once: true });
    safely(() => {
      sheet.setCss(hidingCss(kinds, extra));
      sheet.ensureInserted();
      markAll(options.appeals);
      queue?.observe(document.documentElement);
      publish();
    });
  }

  return {
    get state() {
      return state;
    },
    reveal() {
      if (stopped) return;
      revealed = true;
      sheet.setEnabled(false);
      publish();
    },
    conceal() {
      if (stopped) return;
      revealed = false;
      sheet.setEnabled(true);
      publish();
    },
    setKinds(next) {
      if (stopped) return;
      kinds = [...next];
      sheet.setCss(hidingCss(kinds, extra));
      if (!marked.hasOverlay(kinds)) document.documentElement.removeAttribute(UNLOCK_ATTRIBUTE);
      publish();
    },
    setExtraSelectors(selectors) {
      if (stopped) return;
      extra = validSelectors(document, selectors);
      sheet.setCss(hidingCss(kinds, extra));
    },
    stop,
    async settled() {
      // Mutation records arrive in a microtask; let them be queued first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stopped || ((!queue || queue.size === 0) && !cancelBatch)) return;
      await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

/** Detection runs on the added element's parent when that is small: an appeal may be filled in piece by piece. */
function detectionRoot(added: Element): Element {
  const parent = added.parentElement;
  if (!parent || parent === added.ownerDocument.body || parent === added.ownerDocument.documentElement) return added;
  return (parent.textContent?.length ?? Infinity) <= MAX_CONTEXT_CHARS ? parent : added;
}
