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

/**
 * Sentences per summary length. Past `guaranteed` sentences, another is added
 * only while the summary stays within `wordBudget` words, so `medium` gives a
 * fourth sentence when the chosen ones are short and stays at three when they
 * are long (75 words is about 20 seconds of reading).
 */
export const SUMMARY_LENGTHS: Record<SummaryLength, { sentences: number; guaranteed: number; wordBudget: number }> = {
  short: { sentences: 3, guaranteed: 3, wordBudget: Infinity },
  medium: { sentences: 4, guaranteed: 3, wordBudget: 75 },
  long: { sentences: 5, guaranteed: 5, wordBudget: Infinity },
};
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
 * @returns 3–5 sentences (see `SUMMARY_LENGTHS`), fewer when the article
 *   has fewer usable sentences, in the order they appear in the article.
 * @example summarize(blocks, { title: analysis.title, lang: 'en', length: 'short' })
 */
export function summarize(blocks: readonly ArticleBlock[], options: SummaryOptions): string[] {
  const lang = primaryLanguage(options.lang) ?? detectLanguage(blocks.map((block) => block.text).join(' '));
  const candidates = collectCandidates(blocks, options.title, lang);
  if (candidates.length === 0) return [];
  const similarity = similarityMatrix(tfidfVectors(candidates.map((candidate) => candidate.terms)));
  const titleTerms = new Set(options.title ? contentTerms(options.title, lang) : []);
  const scores = rankCandidates(candidates, similarity, titleTerms, lang, options.weights ?? DEFAULT_WEIGHTS);
  const length = SUMMARY_LENGTHS[options.length ?? DEFAULT_SUMMARY_LENGTH];
  const chosen = selectByMmr(scores, similarity, length.sentences, options.redundancyPenalty ?? REDUNDANCY_PENALTY);
  let words = 0;
  const kept = chosen.filter((index, rank) => {
    words += candidates[index]!.words;
    return rank < length.guaranteed || words <= length.wordBudget;
  });
  return kept.sort((a, b) => a - b).map((index) => candidates[index]!.text);
}
