/**
 * The "article line hidden" rule: whether a block Plainsight hides on the page
 * holds text of the article itself. Hiding an appeal is the point; hiding a
 * line of the story is the worst thing the extension can do, so the eval
 * lists every case and the count must stay 0.
 *
 * A hidden block is an article line hidden when, comparing lower-cased word
 * tokens (see `word-tokens.ts`):
 *   (a) it contains, as one contiguous run, a whole line of the expected
 *       article of at least MIN_LINE_WORDS words, or
 *   (b) it has at least MIN_LINE_WORDS words and at least half of its word
 *       4-grams (clipped counts) occur in the expected article.
 * "Lines" of the expected article are its block texts (`block-text.ts`).
 * Lines inside a form or beside a form control are left out: Readability keeps
 * some sign-up boxes (a heading and the e-mail field's <label>), and hiding
 * those is correct. Short lines ("Sign up for our newsletter") are left out by
 * the length threshold for the same reason.
 */
import { overlap, bagSize, shinglesOfTokens, type ShingleBag } from './lib/shingles.js';
import { wordTokens } from './lib/word-tokens.js';
import type { TextLine } from './lib/block-text.js';

export const MIN_LINE_WORDS = 8;
export const MIN_SHARED_SHINGLES = 0.5;

/** The expected article, prepared once per page. */
export interface ArticleReference {
  /** Token strings (space-joined, space-padded) of the lines that count as article lines. */
  lines: string[];
  /** 4-gram multiset of all article lines. */
  bag: ShingleBag;
}

export type HiddenLineReason = 'contains-article-line' | 'mostly-article-text';

export function articleReference(lines: readonly TextLine[]): ArticleReference {
  const articleLines = lines.filter((line) => !line.inForm);
  const bag: ShingleBag = new Map();
  const longLines: string[] = [];
  for (const line of articleLines) {
    const tokens = wordTokens(line.text);
    if (tokens.length >= MIN_LINE_WORDS) longLines.push(` ${tokens.join(' ')} `);
    for (const [key, count] of shinglesOfTokens(tokens)) bag.set(key, (bag.get(key) ?? 0) + count);
  }
  return { lines: longLines, bag };
}

/** Why `hiddenText` counts as an article line hidden, or null when it does not. */
export function articleLineHidden(hiddenText: string, reference: ArticleReference): HiddenLineReason | null {
  const tokens = wordTokens(hiddenText);
  if (tokens.length === 0) return null;
  const joined = ` ${tokens.join(' ')} `;
  if (reference.lines.some((line) => joined.includes(line))) return 'contains-article-line';
  if (tokens.length < MIN_LINE_WORDS) return null;
  const own = shinglesOfTokens(tokens);
  return overlap(own, reference.bag) / bagSize(own) >= MIN_SHARED_SHINGLES ? 'mostly-article-text' : null;
}
