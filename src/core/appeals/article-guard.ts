/**
 * Maps Readability's article back onto the live page by text: a text run on
 * the page "is article text" when Readability kept the same words. The
 * detector refuses to hide elements that hold such text (see `guard-policy.ts`
 * for the one, narrow exception: appeals Readability itself swallowed).
 */
import type { ArticleBlock } from '../article-blocks.js';
import { collapseWhitespace } from '../text-utils.js';

/** Shorter runs ("Share", "Read more", a date) prove nothing about being the article. */
const MIN_MATCH_CHARS = 25;
/** Prefix length used to find an article block inside a longer page run (a `<div>` split by `<br>`). */
const PREFIX_CHARS = 40;

export interface ArticleGuard {
  /** Characters of article text in total; 0 when there is no article. */
  readonly totalChars: number;
  /** Whether a page text run (whitespace-collapsed) is, or holds, article text. */
  isArticleText(text: string): boolean;
}

function key(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/** Builds the guard from Readability's article blocks. */
export function createArticleGuard(blocks: readonly ArticleBlock[]): ArticleGuard {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let totalChars = 0;
  for (const block of blocks) {
    const text = key(block.text);
    totalChars += text.length;
    if (text.length < MIN_MATCH_CHARS) continue;
    exact.add(text);
    if (text.length >= PREFIX_CHARS) prefixes.push(text.slice(0, PREFIX_CHARS));
  }
  const joined = [...exact].join('\n');
  return {
    totalChars,
    isArticleText(text: string): boolean {
      if (text.length < MIN_MATCH_CHARS || exact.size === 0) return false;
      const run = text.toLowerCase();
      if (exact.has(run)) return true;
      // Readability re-wraps some markup, so a page run may be part of a block, or hold several.
      if (run.length >= PREFIX_CHARS && joined.includes(run)) return true;
      if (run.length >= 2 * PREFIX_CHARS) return prefixes.some((prefix) => run.includes(prefix));
      return false;
    },
  };
}

/** A guard that protects nothing, for pages without an article. */
export const NO_ARTICLE: ArticleGuard = { totalChars: 0, isArticleText: () => false };
