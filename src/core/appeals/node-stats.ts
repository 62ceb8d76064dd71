/**
 * What the detector's scan knows about each element (see `page-scan.ts`),
 * and how evidence is added to it without allocating for the many elements
 * that never get any.
 */
import type { ArticleGuard } from './article-guard.js';
import { addEvidence, type Evidence } from './evidence.js';
import type { ControlCounts } from './form-evidence.js';
import type { PhraseMatcher } from './phrases/phrase-matcher.js';

export interface NodeStats {
  element: Element;
  tag: string;
  /** Index of the parent's stats, -1 for the scan root. */
  parent: number;
  /** Index just past this element's subtree: its descendants are the stats in between. */
  end: number;
  textChars: number;
  linkChars: number;
  links: number;
  articleChars: number;
  /** Article runs with no appeal wording in them: plain article prose. */
  plainArticleRuns: number;
  /** Form controls below; null when there are none. */
  counts: ControlCounts | null;
  /** Shared and empty (NO_EVIDENCE) until the first item: most elements never get one. */
  evidence: Evidence[];
  containsBlock: boolean;
  /** Holds no script, style, line break or other element the reader's text differs on: `textContent` is its visible text. */
  plainText: boolean;
  /** Is a share, comment or sign-in widget itself (see `isForeignWidget`). */
  foreignWidget: boolean;
  /** Inside a share, comment or sign-in widget (or is one): nothing in here is an appeal. */
  inForeignWidget: boolean;
  /** More text than any appeal has; its evidence is no longer collected (saves time on big containers). */
  tooBig: boolean;
}

/** Appeals are short; a block with more text is a page section (or the article). */
export const MAX_APPEAL_CHARS = 2000;

export interface ScanContext {
  guard: ArticleGuard;
  phrases: PhraseMatcher;
}

/** The evidence list every element starts with; frozen, so a stray push fails loudly in tests. */
export const NO_EVIDENCE = Object.freeze([]) as unknown as Evidence[];

export function addNodeEvidence(node: NodeStats, item: Evidence): void {
  if (node.evidence === NO_EVIDENCE) node.evidence = [];
  addEvidence(node.evidence, item);
}
