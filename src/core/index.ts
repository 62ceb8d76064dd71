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
import { readPlainText } from './plain-text.js';
import type { ArticleBlock } from './article-blocks.js';
import { createArticleGuard, detectAppeals, stripAppealText, type DetectedAppeal } from './appeals/index.js';

export { PageTooLargeError, MAX_PAGE_DEPTH, MAX_PAGE_ELEMENTS } from './page-budget.js';
export type { AnalyzeOptions, PageAnalysis, HiddenBlock, KeyFigure, Quote, AppealKind, SummaryLength } from './types.js';
export type { DetectedAppeal, LayoutProbe } from './appeals/index.js';
export { computedStyleProbe } from './appeals/index.js';

/** What hiding needs from a page: its appeals, found before the language stages run. */
export interface PreparedPage {
  /** The live elements of the detected appeals; the content script marks these. */
  appeals: DetectedAppeal[];
  /**
   * Finds appeals in a part of the page added later (a lazy modal), with the
   * article guard computed for this page; used by the live hiding module.
   */
  detectAppeals(root: Element): DetectedAppeal[];
  /** Article blocks with the appeals' text removed, and the page's metadata. */
  blocks: ArticleBlock[];
  meta: ArticleMeta;
  /** When each stage ran (performance.now() clock), so callers can report Readability's and the detector's cost apart. */
  timings: PrepareTimings;
}

/** Start and end of a stage, in milliseconds on the `performance.now()` clock. */
export interface StageTiming {
  start: number;
  end: number;
}

export interface PrepareTimings {
  /** Readability on a clone of the page, and reading its article blocks. */
  extract: StageTiming;
  /** The article guard and the appeal detector over the live page. */
  detect: StageTiming;
}

export interface DocumentAnalysis extends PreparedPage {
  /** The serialisable result; `hidden` lists `appeals` in the same order. */
  analysis: PageAnalysis;
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
  return completeAnalysis(preparePage(document, options), options);
}

/**
 * The first half of `analyzeDocument`: extraction and appeal detection. The
 * content script hides appeals as soon as this is done and runs the language
 * stages (`completeAnalysis`) in a later idle slot, so no single task is long.
 * Throws `PageTooLargeError` for pages over budget.
 */
export function preparePage(document: Document, options: AnalyzeOptions = {}): PreparedPage {
  assertWithinBudget(document);
  const extractStart = now();
  const extracted = extractArticle(document);
  const extractEnd = now();
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
  const timings = { extract: { start: extractStart, end: extractEnd }, detect: { start: extractEnd, end: now() } };
  const blocks = stripAppealText(extracted.blocks, appeals.map((appeal) => appeal.block.text));
  return { appeals, detectAppeals: detect, blocks, meta, timings };
}

/** The second half of `analyzeDocument`: summary, figures and quotes on the prepared article text. */
export function completeAnalysis(prepared: PreparedPage, options: AnalyzeOptions = {}): DocumentAnalysis {
  const analysis = { ...analyzeBlocks(prepared.blocks, prepared.meta, options), hidden: prepared.appeals.map((appeal) => appeal.block) };
  return { ...prepared, analysis };
}

/**
 * Analyses plain text (one paragraph a line): no extraction and no hiding.
 * Appeal lines at its head and tail are left out of the analysis, and a
 * headline-like first line is taken as the title; the rest of the analysis runs.
 */
export function analyzeText(text: string, options: AnalyzeOptions = {}): PageAnalysis {
  const { title, blocks } = readPlainText(text);
  const meta: ArticleMeta = {
    url: options.url ?? null,
    isArticle: blocks.length > 0,
    title,
    byline: null,
    siteName: null,
    lang: null,
    publishedTime: null,
  };
  return { ...analyzeBlocks(blocks, meta, options), hidden: [] };
}

/** Milliseconds on the high-resolution clock where there is one (browsers, Node), else the wall clock. */
function now(): number {
  return typeof performance === 'object' && typeof performance.now === 'function' ? performance.now() : Date.now();
}

function resolveUrl(document: Document, explicit: string | undefined): string | null {
  if (explicit) return explicit;
  const declared = document.querySelector('link[rel~="canonical" i][href], meta[property="og:url"][content]');
  const candidates = [declared?.getAttribute('href') ?? declared?.getAttribute('content'), document.URL];
  for (const candidate of candidates) if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  return null;
}
