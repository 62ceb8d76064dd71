/**
 * Runs Mozilla Readability on a clone of the page, so the live document is
 * never touched (Readability rewrites the DOM it is given).
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { collectBlocks, type ArticleBlock } from './article-blocks.js';
import { collapseWhitespace } from './text-utils.js';
import { withoutNameSuffix } from './title-suffix.js';

export interface ExtractedArticle {
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  /** Blocks of the article body as Readability kept it (appeals not yet removed). */
  blocks: ArticleBlock[];
}

/**
 * Readability gives up (throws) past this many elements; such pages are
 * reported as "not an article" rather than freezing the tab.
 */
export const MAX_ELEMENTS_TO_PARSE = 60_000;

export function extractArticle(document: Document): ExtractedArticle {
  const readerable = safeReaderable(document);
  const clone = document.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Element>['parse']> = null;
  try {
    parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
      // Class names tell captions and credits from prose (see `article-blocks.ts`).
      keepClasses: true,
    }).parse();
  } catch {
    parsed = null; // Over budget or a page Readability cannot handle: fall back to metadata only.
  }
  const blocks = parsed?.content ? collectBlocks(parsed.content) : [];
  const byline = clean(parsed?.byline);
  const siteName = clean(parsed?.siteName);
  const title = clean(parsed?.title) ?? clean(document.title);
  return {
    isArticle: readerable && blocks.length > 0,
    title: title && withoutNameSuffix(title, [byline, siteName]),
    byline,
    siteName,
    lang: clean(parsed?.lang) ?? clean(document.documentElement?.getAttribute('lang')),
    publishedTime: clean(parsed?.publishedTime),
    excerpt: clean(parsed?.excerpt),
    blocks,
  };
}

function safeReaderable(document: Document): boolean {
  try {
    return isProbablyReaderable(document);
  } catch {
    return false;
  }
}

function clean(value: string | null | undefined): string | null {
  if (value == null) return null;
  const text = collapseWhitespace(value);
  return text === '' ? null : text;
}
