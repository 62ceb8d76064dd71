/** The language stages that run on article text, whatever it came from (a page or plain text). */
import type { AnalyzeOptions, PageAnalysis } from './types.js';
import { blocksToText, type ArticleBlock } from './article-blocks.js';
import { bodyBlocks } from './body-blocks.js';
import { countWords, readingMinutes } from './text-utils.js';
import { DEFAULT_SUMMARY_LENGTH, summarize } from './summary/index.js';
import { extractQuotes } from './quotes/extract-quotes.js';
import { extractFigures } from './figures/extract-figures.js';
import { detectLanguage } from './lang/detect-language.js';
import { primaryLanguage } from './lang/language.js';

export type ArticleMeta = Pick<PageAnalysis, 'url' | 'isArticle' | 'title' | 'byline' | 'siteName' | 'lang' | 'publishedTime'>;

export function analyzeBlocks(
  allBlocks: readonly ArticleBlock[],
  meta: ArticleMeta,
  options: Pick<AnalyzeOptions, 'summaryLength'> = {},
): Omit<PageAnalysis, 'hidden'> {
  // Captions, credits and ad labels are neither read nor counted, summarised or quoted.
  const blocks = bodyBlocks(allBlocks);
  const text = blocksToText(blocks);
  const wordCount = countWords(text);
  // Plain text and pages without a lang attribute: guess, so "1.200 Euro" reads as German and speech verbs match.
  const lang = primaryLanguage(meta.lang) ?? detectLanguage(text);
  const summary = meta.isArticle ? summarize(blocks, { title: meta.title, lang: meta.lang, length: options.summaryLength ?? DEFAULT_SUMMARY_LENGTH }) : [];
  return {
    ...meta,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    summary,
    // Figures the summary mentions rank first, so the popup's two lists agree.
    figures: extractFigures(blocks, { lang, summary }),
    quotes: extractQuotes(blocks, { lang }),
  };
}
