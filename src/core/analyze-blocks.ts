/** The language stages that run on article text, whatever it came from (a page or plain text). */
import type { AnalyzeOptions, PageAnalysis } from './types.js';
import { blocksToText, type ArticleBlock } from './article-blocks.js';
import { countWords, readingMinutes } from './text-utils.js';
import { DEFAULT_SUMMARY_LENGTH, summarize } from './summary/index.js';
import { extractQuotes } from './quotes/extract-quotes.js';
import { extractFigures } from './figures/extract-figures.js';

export type ArticleMeta = Pick<PageAnalysis, 'url' | 'isArticle' | 'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime'>;

export function analyzeBlocks(
  blocks: readonly ArticleBlock[],
  meta: ArticleMeta,
  options: Pick<AnalyzeOptions, 'summaryLength'> = {},
): Omit<PageAnalysis, 'hidden'> {
  const text = blocksToText(blocks);
  const wordCount = countWords(text);
  const summary = meta.isArticle ? summarize(blocks, { title: meta.title, lang: meta.lang, length: options.summaryLength ?? DEFAULT_SUMMARY_LENGTH }) : [];
  return {
    ...meta,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    summary,
    // Figures the summary mentions rank first, so the popup's two lists agree.
    figures: extractFigures(blocks, { lang: meta.lang, summary }),
    quotes: extractQuotes(blocks, { lang: meta.lang }),
  };
}
