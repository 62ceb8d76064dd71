/** The language stages that run on article text, whatever it came from (a page or plain text). */
import type { PageAnalysis } from './types.js';
import { blocksToText, type ArticleBlock } from './article-blocks.js';
import { countWords, readingMinutes } from './text-utils.js';
import { extractQuotes } from './quotes/extract-quotes.js';
import { extractFigures } from './figures/extract-figures.js';

export type ArticleMeta = Pick<PageAnalysis, 'url' | 'isArticle' | 'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime'>;

export function analyzeBlocks(blocks: readonly ArticleBlock[], meta: ArticleMeta): Omit<PageAnalysis, 'hidden'> {
  const text = blocksToText(blocks);
  const wordCount = countWords(text);
  return {
    ...meta,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    summary: [],
    figures: extractFigures(blocks, { lang: meta.lang }),
    quotes: extractQuotes(blocks, { lang: meta.lang }),
  };
}
