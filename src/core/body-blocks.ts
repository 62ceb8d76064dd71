/**
 * The article's body text: Readability's blocks without the furniture it
 * keeps around the prose. Captions and photo credits, ad labels ("Advertisement",
 * "Story continues below"), "Read more:" lines and bylines are not what the
 * reader came for; they also do not belong in the reading time, the key
 * figures or the quotes. Extraction benchmarks score article bodies the same
 * way (a caption counts as extra text).
 */
import type { ArticleBlock } from './article-blocks.js';
import { isFurnitureBlockText } from './furniture-lines.js';

/** Furniture is short; a longer block is prose even when it starts like a credit ("Photo: …"). */
const MAX_FURNITURE_CHARS = 160;

/** Ad slots and reading aids that publishers leave inside the article, as whole lines (lower-cased, end punctuation dropped). */
const AD_AND_AID_LINES = new Set([
  'advertisement', 'advertisment', 'ad', 'ads', 'sponsored', 'sponsored content', 'paid content', 'supported by',
  'continue reading the main story', 'continue reading below', 'story continues below', 'story continues below advertisement',
  'article continues below', 'article continues below advertisement', 'scroll to continue with content', 'skip advertisement',
  'related', 'related articles', 'related stories', 'related content', 'more on this story', 'read more',
  'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'реклама', 'продолжение ниже',
]);

/** Whether a block of Readability's article is furniture rather than body text. */
export function isFurnitureBlock(block: ArticleBlock): boolean {
  if (block.kind === 'caption') return true;
  if (block.text.length > MAX_FURNITURE_CHARS) return false;
  const bare = block.text.toLowerCase().replace(/[\s.:…»>-]+$/, '');
  return AD_AND_AID_LINES.has(bare) || isFurnitureBlockText(block.text);
}

/** The blocks that make up the article's body text, in order. */
export function bodyBlocks(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  return blocks.filter((block) => !isFurnitureBlock(block));
}
