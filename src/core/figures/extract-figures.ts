/**
 * Key figures of an article: what the numbers in the running text count,
 * ranked by salience.
 *
 *   blocks ─▶ paragraphs (≥ 6 words, so "12 comments" never counts) ─▶ sentences
 *         ─▶ findFigures (money, %, measures, counts, ranges) ─▶ context ─▶ rankFigures
 */
import type { ArticleBlock } from '../article-blocks.js';
import { splitSentences } from '../sentences.js';
import { countWords } from '../text-utils.js';
import type { KeyFigure } from '../types.js';
import { figureContext } from './figure-context.js';
import { figureLexiconFor } from './figure-language.js';
import { findFigures } from './find-figures.js';
import { rankFigures, type ScoredFigure } from './rank-figures.js';

export interface FigureOptions {
  /** BCP 47 language of the article; null reads every supported language. */
  lang?: string | null;
  /** Summary sentences, when already made: figures they mention rank first. */
  summary?: readonly string[];
  /** How many figures to return. */
  limit?: number;
}

const RUNNING_TEXT = new Set<ArticleBlock['kind']>(['paragraph', 'list-item', 'blockquote']);
/** Blocks shorter than this are furniture (bylines, comment counts, buttons). */
const MIN_BLOCK_WORDS = 6;
const DEFAULT_LIMIT = 8;

/** Finds the key figures of the article's blocks. */
export function extractFigures(blocks: readonly ArticleBlock[], options: FigureOptions = {}): KeyFigure[] {
  const lexicon = figureLexiconFor(options.lang);
  const found: ScoredFigure[] = [];
  const paragraphs = blocks.filter((block) => RUNNING_TEXT.has(block.kind) && countWords(block.text) >= MIN_BLOCK_WORDS);
  paragraphs.forEach((block, index) => {
    for (const sentence of splitSentences(block.text, options.lang)) {
      for (const figure of findFigures(sentence.text, lexicon, options.lang)) {
        found.push({
          text: figure.text,
          value: figure.value,
          unit: figure.unit,
          kind: figure.kind,
          context: figureContext(sentence.text, figure.start, figure.end),
          block: index,
        });
      }
    }
  });
  return rankFigures(found, options.summary ?? [], options.limit ?? DEFAULT_LIMIT).map(({ text, value, unit, context }) => ({ text, value, unit, context }));
}
