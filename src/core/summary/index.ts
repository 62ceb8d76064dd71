/**
 * Extractive summary of an article: the article's own sentences, in document order.
 *
 *   blocks ─▶ candidates ─▶ TF-IDF similarities ─▶ rank (LexRank + lead + title) ─▶ MMR ─▶ document order
 *            (candidates.ts)   (similarity.ts)         (rank.ts, centrality.ts)       (select.ts)
 */
import type { ArticleBlock } from '../article-blocks.js';
import type { SummaryLength } from '../types.js';
import { detectLanguage } from '../lang/detect-language.js';
import { primaryLanguage } from '../lang/language.js';
import { collectCandidates } from './candidates.js';
import { DEFAULT_WEIGHTS, rankCandidates, type RankWeights } from './rank.js';
import { REDUNDANCY_PENALTY, selectByMmr } from './select.js';
import { similarityMatrix, tfidfVectors } from './similarity.js';
import { contentTerms } from './terms.js';

export type { SummaryLength };

export const SENTENCES_BY_LENGTH: Record<SummaryLength, number> = { short: 3, medium: 4, long: 5 };
export const DEFAULT_SUMMARY_LENGTH: SummaryLength = 'medium';

export interface SummaryOptions {
  /** The article title; never repeated, and sentences sharing its words rank higher. */
  title: string | null;
  /** BCP 47 language tag; guessed from the text when null. */
  lang: string | null;
  length?: SummaryLength;
  /** Ranking weights, for the evaluation tool; the defaults are what the extension uses. */
  weights?: RankWeights;
  /** MMR redundancy penalty, for the evaluation tool. */
  redundancyPenalty?: number;
}

/**
 * Picks the sentences that best sum up an article. Only paragraphs, list
 * items and block quotes are read; headings, captions and page furniture
 * (bylines, datelines, credits, "Read more" lines) never appear.
 *
 * @returns 3–5 sentences (see `SENTENCES_BY_LENGTH`), fewer when the article
 *   has fewer usable sentences, in the order they appear in the article.
 * @example summarize(blocks, { title: analysis.title, lang: 'en', length: 'short' })
 */
export function summarize(blocks: readonly ArticleBlock[], options: SummaryOptions): string[] {
  const lang = primaryLanguage(options.lang) ?? detectLanguage(blocks.map((block) => block.text).join(' '));
  const candidates = collectCandidates(blocks, options.title, lang);
  const count = SENTENCES_BY_LENGTH[options.length ?? DEFAULT_SUMMARY_LENGTH];
  if (candidates.length === 0) return [];
  const similarity = similarityMatrix(tfidfVectors(candidates.map((candidate) => candidate.terms)));
  const titleTerms = new Set(options.title ? contentTerms(options.title, lang) : []);
  const scores = rankCandidates(candidates, similarity, titleTerms, options.weights ?? DEFAULT_WEIGHTS);
  const chosen = selectByMmr(scores, similarity, count, options.redundancyPenalty ?? REDUNDANCY_PENALTY);
  return chosen.sort((a, b) => a - b).map((index) => candidates[index]!.text);
}
