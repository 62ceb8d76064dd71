/** Content words of a sentence: lower-cased, stopwords dropped, lightly stemmed. */
import type { SupportedLanguage } from '../lang/language.js';
import { stem } from '../lang/stemmer.js';
import { stopwordsFor } from '../lang/stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/**
 * Chinese and Japanese write without spaces: a run of these counts as one
 * word per two characters. CJK blocks by code unit (with the surrogates of
 * the CJK extensions and half-width katakana) rather than Unicode script
 * properties, which were slow to compile on every page load.
 */
const UNSPACED = /[\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9d\ud840-\ud87f]/;

export interface SentenceTerms {
  /** Content terms in order, with repeats. */
  terms: string[];
  /** All words, content or not. */
  words: number;
}

/** The content terms of `text` and its word count, in one pass. */
export function analyzeTerms(text: string, lang: SupportedLanguage | null): SentenceTerms {
  const stopwords = stopwordsFor(lang);
  const terms: string[] = [];
  let words = 0;
  for (const match of text.toLowerCase().matchAll(WORD)) {
    words += UNSPACED.test(match[0]) ? Math.ceil(match[0].length / 2) : 1;
    const word = match[0].replace(/['’]s$/, '');
    if (stopwords.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    terms.push(stem(word, lang));
  }
  return { terms, words };
}

/** The content terms of `text`, in order, with repeats. */
export function contentTerms(text: string, lang: SupportedLanguage | null): string[] {
  return analyzeTerms(text, lang).terms;
}
