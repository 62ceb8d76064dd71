/**
 * Collects elements the page adds later. The observer callback only queues
 * (no DOM reads there); the controller drains the queue in idle-time batches.
 */
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'BR', 'IMG', 'SVG', 'svg']);

export class MutationQueue {
  private readonly observer: MutationObserver;
  private pending: Element[] = [];

  constructor(view: Window & typeof globalThis, private readonly onQueued: () => void) {
    this.observer = new view.MutationObserver((records) => {
      let added = false;
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.nodeType === 1 && !IGNORED_TAGS.has((node as Element).tagName)) {
            this.pending.push(node as Element);
            added = true;
          }
        }
        if (record.removedNodes.length > 0) added = true; // maybe our stylesheet: the batch re-checks
      }
      if (added) this.onQueued();
    });
  }

  observe(root: Node): void {
    this.observer.observe(root, { childList: true, subtree: true });
  }

  get size(): number {
    return this.pending.length;
  }

  /** Takes up to `max` queued elements, skipping detached ones and those inside another queued one. */
  take(max: number): Element[] {
    const batch = this.pending.splice(0, max).filter((element) => element.isConnected);
    const set = new Set(batch);
    return [...set].filter((element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) if (set.has(parent)) return false;
      return true;
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.pending = [];
  }
}
