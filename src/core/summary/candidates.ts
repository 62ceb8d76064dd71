/**
 * The sentences a summary may use: those of paragraphs, list items and
 * block quotes, minus datelines, page furniture, fragments, run-ons and any
 * sentence that merely repeats the title.
 */
import type { ArticleBlock, BlockKind } from '../article-blocks.js';
import type { SupportedLanguage } from '../lang/language.js';
import { splitSentences } from '../sentences.js';
import { isBoilerplate } from '../furniture-lines.js';
import { stripDateline } from './dateline.js';
import { analyzeTerms, contentTerms } from './terms.js';

export interface Candidate {
  /** The sentence as the summary shows it (dateline removed, trimmed). */
  text: string;
  /** Position among all article sentences, 0 for the first. */
  position: number;
  /** Content terms (see `terms.ts`). */
  terms: string[];
  words: number;
}

const CANDIDATE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'blockquote']);
/** Shorter sentences are fragments, labels or captions ("Not so.", "Watch the video.", "1Password scans QR codes."). */
const MIN_WORDS = 6;
/** Longer "sentences" are usually captions run together with the text, or lists with no stops. */
const MAX_WORDS = 70;
/**
 * Sentences read at most: the lead prior leaves nothing to find past this point, and it
 * keeps the pairwise similarities cheap on very long pages (live blogs, transcripts).
 */
const MAX_SENTENCES = 200;
/** Datelines only open a story; later paragraphs starting in capitals are left alone. */
const DATELINE_BLOCKS = 3;
/** A sentence sharing this much of its vocabulary with the title repeats it. */
const TITLE_REPEAT = 0.8;

/** Splits the candidate blocks into sentences and keeps the ones worth summarising. */
export function collectCandidates(blocks: readonly ArticleBlock[], title: string | null, lang: SupportedLanguage | null): Candidate[] {
  const titleTerms = new Set(title ? contentTerms(title, lang) : []);
  const candidates: Candidate[] = [];
  let position = 0;
  let blockNumber = 0;
  for (const block of blocks) {
    if (position >= MAX_SENTENCES) break;
    if (!CANDIDATE_KINDS.has(block.kind)) continue;
    const sentences = splitSentences(block.text, lang);
    sentences.forEach((sentence, index) => {
      const text = index === 0 && blockNumber < DATELINE_BLOCKS ? stripDateline(sentence.text) : sentence.text;
      const { terms, words } = analyzeTerms(text, lang);
      if (isUsable(text, words) && !repeatsTitle(terms, titleTerms)) candidates.push({ text, position, terms, words });
      position++;
    });
    blockNumber++;
  }
  return candidates;
}

function isUsable(text: string, words: number): boolean {
  return words >= MIN_WORDS && words <= MAX_WORDS && !text.endsWith(':') && !isBoilerplate(text);
}

function repeatsTitle(terms: readonly string[], titleTerms: ReadonlySet<string>): boolean {
  if (titleTerms.size === 0 || terms.length === 0) return false;
  const own = new Set(terms);
  let shared = 0;
  for (const term of own) if (titleTerms.has(term)) shared++;
  return shared / Math.max(own.size, titleTerms.size) >= TITLE_REPEAT;
}
