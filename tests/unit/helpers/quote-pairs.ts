import type { ArticleBlock } from '../../../src/core/article-blocks.js';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.js';

/** The [quote, speaker] pairs a reader sees for paragraphs given as plain text. */
export function quotes(lang: string | null, ...texts: string[]): Array<[string, string | null]> {
  const blocks: ArticleBlock[] = texts.map((text) => ({ kind: 'paragraph', text }));
  return extractQuotes(blocks, { lang }).map((quote) => [quote.text, quote.speaker]);
}
