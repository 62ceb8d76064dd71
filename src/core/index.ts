/**
 * The engine behind the content script, the popup and the CLI.
 *
 *   document ──clone──▶ Readability ──▶ article blocks ─┐
 *      │                                                ├─▶ article text ─▶ summary / figures / quotes
 *      └──────────▶ appeal detector (live DOM, read-only)┘        (appeals removed first)
 *
 * Pure DOM code: no browser-extension APIs, and the given document is never mutated.
 */
import type { AnalyzeOptions, PageAnalysis } from './types.js';
import { extractArticle } from './extract-article.js';
import { assertWithinBudget } from './page-budget.js';
import { analyzeBlocks, type ArticleMeta } from './analyze-blocks.js';
import type { ArticleBlock } from './article-blocks.js';
import { createArticleGuard, detectAppeals, stripAppealText, type DetectedAppeal } from './appeals/index.js';

export { PageTooLargeError, MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS } from './page-budget.js';
export type { AnalyzeOptions, PageAnalysis, HiddenBlock, KeyFigure, Quote, AppealKind, SummaryLength } from './types.js';
export type { DetectedAppeal, LayoutProbe } from './appeals/index.js';
export { computedStyleProbe } from './appeals/index.js';

export interface DocumentAnalysis {
  analysis: PageAnalysis;
  /** The live elements behind `analysis.hidden`, in the same order; the content script marks these. */
  appeals: DetectedAppeal[];
  /**
   * Finds appeals in a part of the page added later (a lazy modal), with the
   * article guard computed for this analysis; used by the live hiding module.
   */
  detectAppeals(root: Element): DetectedAppeal[];
}

/** Analyses a page; the serialisable result is what the popup and the CLI show. */
export function analyzePage(document: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return analyzeDocument(document, options).analysis;
}

/**
 * Like `analyzePage`, but also returns the live elements of the detected appeals.
 * Throws `PageTooLargeError` for pages over the budgets in page-budget.ts.
 */
export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  assertWithinBudget(document);
  const extracted = extractArticle(document);
  const meta: ArticleMeta = {
    url: resolveUrl(document, options.url),
    isArticle: extracted.isArticle,
    title: extracted.title,
    byline: extracted.byline,
    siteName: extracted.siteName,
    lang: extracted.lang,
    publishedTime: extracted.publishedTime,
  };
  const guard = createArticleGuard(extracted.blocks);
  const detect = (root: Element): DetectedAppeal[] => detectAppeals(root, { guard, probe: options.layoutProbe });
  const appeals = document.body ? detect(document.body) : [];
  const blocks = stripAppealText(extracted.blocks, appeals.map((appeal) => appeal.block.text));
  return { analysis: { ...analyzeBlocks(blocks, meta, options), hidden: appeals.map((appeal) => appeal.block) }, appeals, detectAppeals: detect };
}

/**
 * Analyses plain text (one paragraph a line): no extraction and no hiding,
 * the rest of the analysis runs.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): PageAnalysis {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const blocks: ArticleBlock[] = lines.map((line) => ({ kind: 'paragraph', text: line }));
  const meta: ArticleMeta = {
    url: options.url ?? null,
    isArticle: blocks.length > 0,
    title: null,
    byline: null,
    siteName: null,
    lang: null,
    publishedTime: null,
  };
  return { ...analyzeBlocks(blocks, meta, options), hidden: [] };
}

function resolveUrl(document: Document, explicit: string | undefined): string | null {
  if (explicit) return explicit;
  const declared = document.querySelector('link[rel~="canonical" i][href], meta[property="og:url"][content]');
  const candidates = [declared?.getAttribute('href') ?? declared?.getAttribute('content'), document.URL];
  for (const candidate of candidates) if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  return null;
}
