/**
 * When may a block that holds article text be hidden? Almost never.
 *
 * Readability sometimes keeps an appeal inside the article (a newsletter box
 * between paragraphs, a donation letter after the last one), so "contains
 * text Readability kept" cannot mean "is the article" without exception.
 * The exception is narrow: the markup itself must say "appeal" strongly
 * (forms, pickers, provider links, appeal class names — wording alone never
 * counts), the block must hold less article text than lies outside it, and at
 * most a few runs of plain prose without appeal wording. The one other case
 * is a short promo line that is mostly a call-to-action link.
 */
import type { ArticleGuard } from './article-guard.js';
import type { NodeStats } from './node-stats.js';
import type { KindScore } from './scoring.js';

/** Markup evidence (capped, see `scoring.ts`) needed before any article text may be hidden. */
export const MIN_MARKUP_SCORE_TO_SWALLOW = 3;
/** Plain-prose article runs an appeal letter may have ("Dear readers … we are facing …"). */
export const MAX_PLAIN_ARTICLE_RUNS = 4;

/** An inline promo line ("[Get New York Today in your inbox.]") is at most this long. */
export const MAX_INLINE_PROMO_CHARS = 200;

export function guardAllows(node: NodeStats, score: KindScore, guard: ArticleGuard): boolean {
  if (node.articleChars === 0) return true;
  if (isInlinePromo(node)) return true;
  if (score.markupScore < MIN_MARKUP_SCORE_TO_SWALLOW) return false;
  if (node.plainArticleRuns > MAX_PLAIN_ARTICLE_RUNS) return false;
  return node.articleChars < guard.totalChars - node.articleChars;
}

/**
 * A short line, all of it appeal wording, mostly the text of a call-to-action
 * link: Readability keeps such lines as paragraphs, but they are promos.
 */
function isInlinePromo(node: NodeStats): boolean {
  return node.textChars <= MAX_INLINE_PROMO_CHARS
    && node.plainArticleRuns === 0
    && node.linkChars >= 0.35 * node.textChars
    && node.evidence.some((item) => item.reason === 'call-to-action link text');
}
