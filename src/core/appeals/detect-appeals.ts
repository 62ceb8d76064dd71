/**
 * Appeal detector: finds donation, newsletter and subscription blocks in a
 * live page without touching it.
 *
 *   root ──scanSubtree──▶ per-element sums (text, article text, controls, evidence)
 *        ──chooseBlocks─▶ seeds that score ≥ threshold, grown to the whole appeal,
 *                         refused where they would hold article prose
 *        ──────────────▶ DetectedAppeal[] (live element + serialisable HiddenBlock)
 *
 * Test URLs (check by hand when changing weights):
 * - https://www.themoscowtimes.com/ (any article: newsletter box + donation letter)
 * - https://www.theguardian.com/international (end-of-article contribution ask)
 * - https://www.theverge.com/ (inline paid-newsletter box)
 */
import type { AppealKind, HiddenBlock } from '../types.js';
import { backdropsOf } from './companion-backdrops.js';
import { collapseWhitespace } from '../text-utils.js';
import { NO_ARTICLE, type ArticleGuard } from './article-guard.js';
import { chooseBlocks } from './choose-blocks.js';
import { cssSelectorFor } from './css-selector.js';
import { markupProbe, type LayoutProbe } from './layout-probe.js';
import { scanSubtree, visibleText } from './page-scan.js';
import { defaultPhraseMatcher } from './phrases/phrase-matcher.js';

export interface DetectedAppeal {
  element: Element;
  block: HiddenBlock;
  /** Floats over the page (fixed/sticky, a dialog): hiding it should give scrolling back. */
  overlay: boolean;
}

export interface DetectOptions {
  /** Readability's article mapped to text; nothing that holds article prose is returned. */
  guard?: ArticleGuard;
  /** Layout from a real browser; without it only what the markup says is used. */
  probe?: LayoutProbe;
}

/** Reasons shown per block; the strongest come first. */
const MAX_REASONS = 8;

/** Finds the appeal blocks inside `root` (usually `document.body`), in document order. */
export function detectAppeals(root: Element, options: DetectOptions = {}): DetectedAppeal[] {
  const guard = options.guard ?? NO_ARTICLE;
  const stats = scanSubtree(root, { guard, phrases: defaultPhraseMatcher() });
  const probe = markupProbe(root.ownerDocument, options.probe);
  const found: DetectedAppeal[] = [];
  for (const { node, score, overlay } of chooseBlocks(stats, { guard, probe })) {
    const reasons = [...new Set(score.reasons)].slice(0, MAX_REASONS);
    found.push(appealOf(node.element, score.kind, reasons, overlay));
    if (!overlay) continue;
    for (const backdrop of backdropsOf(node.element, probe)) {
      if (!found.some((appeal) => appeal.element === backdrop)) found.push(appealOf(backdrop, score.kind, ['modal backdrop beside a hidden appeal'], true));
    }
  }
  return found;
}

function appealOf(element: Element, kind: AppealKind, reasons: string[], overlay: boolean): DetectedAppeal {
  return { element, overlay, block: { kind, selector: cssSelectorFor(element), text: collapseWhitespace(visibleText(element)), reasons } };
}
