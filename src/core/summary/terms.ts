/** Content words of a sentence: lower-cased, stopwords dropped, lightly stemmed. */
import type { SupportedLanguage } from '../lang/language.js';
import { stem } from '../lang/stemmer.js';
import { stopwordsFor } from '../lang/stopwords.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The content terms of `text`, in order, with repeats. */
export function contentTerms(text: string, lang: SupportedLanguage | null): string[] {
  const stopwords = stopwordsFor(lang);
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/, '');
    if (stopwords.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    terms.push(stem(word, lang));
  }
  return terms;
}

/** Counts of each word (not just content words), for the share-of-words measures. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
