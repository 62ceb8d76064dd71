/**
 * The engine behind the content script, the popup and the CLI.
 *
 *   document ──clone──▶ Readability ──▶ article blocks ─┐
 *      │                                                ├─▶ article text ─▶ summary / figures / quotes
 *      └──────────▶ appeal detector (live DOM, read-only)┘        (appeals removed first)
 *
 * Pure DOM code: no browser-extension APIs, and the given document is never mutated.
 */
import type { AnalyzeOptions, HiddenBlock, PageAnalysis } from './types.js';
import { extractArticle } from './extract-article.js';
import { analyzeBlocks, type ArticleMeta } from './analyze-blocks.js';
import type { ArticleBlock } from './article-blocks.js';

export type { AnalyzeOptions, PageAnalysis, HiddenBlock, KeyFigure, Quote, AppealKind } from './types.js';

/** An appeal found on the live page: the element to mark, and how it is reported. */
export interface DetectedAppeal {
  element: Element;
  block: HiddenBlock;
}

export interface DocumentAnalysis {
  analysis: PageAnalysis;
  /** The live elements behind `analysis.hidden`, in the same order; the content script marks these. */
  appeals: DetectedAppeal[];
}

/** Analyses a page; the serialisable result is what the popup and the CLI show. */
export function analyzePage(document: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return analyzeDocument(document, options).analysis;
}

/** Like `analyzePage`, but also returns the live elements of the detected appeals. */
export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
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
  const appeals: DetectedAppeal[] = [];
  return { analysis: { ...analyzeBlocks(extracted.blocks, meta), hidden: appeals.map((appeal) => appeal.block) }, appeals };
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
  return { ...analyzeBlocks(blocks, meta), hidden: [] };
}

function resolveUrl(document: Document, explicit: string | undefined): string | null {
  if (explicit) return explicit;
  const declared = document.querySelector('link[rel~="canonical" i][href], meta[property="og:url"][content]');
  const candidates = [declared?.getAttribute('href') ?? declared?.getAttribute('content'), document.URL];
  for (const candidate of candidates) if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  return null;
}
