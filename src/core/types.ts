/**
 * The stable contract of the engine. The content script, the popup and the
 * CLI (`plainsight analyze --json`) all speak `PageAnalysis`; other tools
 * consume it, so fields are only ever added, never renamed.
 */

/** What kind of appeal a hidden block is. */
export type AppealKind = 'donation' | 'newsletter' | 'subscription';

/** A block of boilerplate that Plainsight hides on the live page. */
export interface HiddenBlock {
  kind: AppealKind;
  /** CSS selector that matches the element when the same HTML is parsed again. */
  selector: string;
  /** The block's visible text, whitespace-collapsed. */
  text: string;
  /** Human-readable evidence, e.g. `phrase "support us monthly"`. */
  reasons: string[];
}

/** A number that matters, with what it counts. */
export interface KeyFigure {
  /** The figure as written in the article, e.g. "1.2 billion euros". */
  text: string;
  /** Numeric value, e.g. 1200000000. */
  value: number;
  /** ISO 4217 code for money, "%" for percentages, otherwise a noun or null. */
  unit: string | null;
  /** A short phrase saying what the number counts. */
  context: string;
}

/** A direct quotation and who said it. */
export interface Quote {
  /** The quoted words, without the quotation marks. */
  text: string;
  /** The speaker's name as the article gives it, or null when unknown. */
  speaker: string | null;
  /** The sentence the quote stands in. */
  context: string;
}

export interface PageAnalysis {
  url: string | null;
  /** Whether the page looks like an article (Readability's readerable check and a successful parse). */
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  /** Article text, paragraphs separated by blank lines, appeals removed. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  summary: string[];
  figures: KeyFigure[];
  quotes: Quote[];
  hidden: HiddenBlock[];
}

/** How long a summary is: `short` = 3 sentences, `medium` = 3, or 4 when they fit in about 75 words, `long` = 5. */
export type SummaryLength = 'short' | 'medium' | 'long';

export interface AnalyzeOptions {
  /** The page URL; falls back to the page's canonical URL, then to the document's own http(s) URL. */
  url?: string;
  /**
   * Layout of the live page (real browser only, e.g. `computedStyleProbe(window)`):
   * lets the appeal detector see fixed overlays and scroll locks. Not serialised.
   */
  layoutProbe?: import('./appeals/layout-probe.js').LayoutProbe;
  /** Summary length: `short` = 3 sentences, `medium` = 3 or 4 within about 75 words (the default), `long` = 5. */
  summaryLength?: SummaryLength;
}
