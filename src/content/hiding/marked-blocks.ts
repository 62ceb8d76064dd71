/**
 * The blocks this session has marked on the page, so they can be reported,
 * re-marked when the page strips the attribute, and unmarked on stop.
 */
import type { AppealKind, HiddenBlock } from '../../core/types.js';
import type { DetectedAppeal } from '../../core/appeals/index.js';
import { KIND_ATTRIBUTE } from './hiding-stylesheet.js';

export type KindCounts = Record<AppealKind, number>;

export class MarkedBlocks {
  private readonly marked = new Map<Element, DetectedAppeal>();

  /** Marks the appeal's element; false when it (or a block around it) is marked already. */
  mark(appeal: DetectedAppeal): boolean {
    if (this.marked.has(appeal.element) || this.insideMarked(appeal.element)) return false;
    appeal.element.setAttribute(KIND_ATTRIBUTE, appeal.block.kind);
    this.marked.set(appeal.element, appeal);
    return true;
  }

  insideMarked(element: Element): boolean {
    for (let parent = element.parentElement; parent; parent = parent.parentElement) if (this.marked.has(parent)) return true;
    return false;
  }

  /** Re-applies stripped marks and forgets removed blocks; true when the list changed. */
  repair(): boolean {
    let changed = false;
    for (const [element, appeal] of this.marked) {
      if (!element.isConnected) {
        this.marked.delete(element);
        changed = true;
      } else if (element.getAttribute(KIND_ATTRIBUTE) !== appeal.block.kind) {
        element.setAttribute(KIND_ATTRIBUTE, appeal.block.kind);
      }
    }
    return changed;
  }

  /** Blocks of the given kinds, in document order, with counts per kind. */
  report(kinds: readonly AppealKind[]): { blocks: HiddenBlock[]; counts: KindCounts } {
    const counts: KindCounts = { donation: 0, newsletter: 0, subscription: 0 };
    const appeals = [...this.marked.values()].filter((appeal) => kinds.includes(appeal.block.kind));
    appeals.sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
    for (const appeal of appeals) counts[appeal.block.kind]++;
    return { blocks: appeals.map((appeal) => appeal.block), counts };
  }

  /** Whether a hidden (enabled-kind) block is an overlay: the page may have locked scrolling for it. */
  hasOverlay(kinds: readonly AppealKind[]): boolean {
    for (const appeal of this.marked.values()) if (appeal.overlay && kinds.includes(appeal.block.kind)) return true;
    return false;
  }

  unmarkAll(): void {
    for (const element of this.marked.keys()) element.removeAttribute(KIND_ATTRIBUTE);
    this.marked.clear();
  }
}
