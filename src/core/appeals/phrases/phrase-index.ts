/**
 * The lookup structure of the phrase matcher: every phrase filed under its
 * longest word (its "key"), and one regular expression of the keys. It only
 * depends on the phrase files, so the extension ships it precomputed
 * (`phrase-index.generated.ts`, written by `npm run gen:phrases`): building it
 * from 570 phrases took ~2 ms of a cold content script on every page load.
 */
import type { PhraseEntry } from './phrase-entry.js';

export interface PhraseIndex {
  /** The keys, longest first (at one position the longest key is the one reported); `|` at the end when a phrase has no key. */
  pattern: string;
  /** Key → positions of its phrases in the entry list; '' holds the phrases without words ("$#"). */
  byKey: Readonly<Record<string, readonly number[]>>;
}

/**
 * What separates words in the phrase files: everything but the letters of
 * their languages' scripts and digits. A plain character class, cheap to
 * compile on a cold page; the phrase-data test checks it splits every phrase
 * exactly as `wordsOf` splits page text.
 */
export const PHRASE_WORD_SEPARATORS = /[^0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u052f]+/;

/** Files each entry under its longest word. Keys are runs of letters and digits: nothing in them needs escaping. */
export function buildPhraseIndex(entries: readonly PhraseEntry[]): PhraseIndex {
  const byKey: Record<string, number[]> = {};
  entries.forEach((entry, position) => {
    const key = longestWord(entry.text);
    (Object.hasOwn(byKey, key) ? byKey[key]! : (byKey[key] = [])).push(position);
  });
  const keys = Object.keys(byKey).filter(Boolean).sort((a, b) => b.length - a.length);
  // A phrase without words could be anywhere: an empty alternative makes every text a candidate.
  return { pattern: Object.hasOwn(byKey, '') ? `${keys.join('|')}|` : keys.join('|'), byKey };
}

/** A phrase's longest word ('' when it has none). */
function longestWord(text: string): string {
  return text.split(PHRASE_WORD_SEPARATORS).reduce((best, word) => (word.length > best.length ? word : best), '');
}
