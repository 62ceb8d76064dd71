/**
 * The lookup structure of the phrase matcher: every phrase filed under its
 * longest word (its "key"), and one regular expression of the keys. It only
 * depends on the phrase files, so the extension ships it precomputed
 * (`phrase-index.generated.ts`, written by `npm run gen:phrases`): building it
 * from some 600 phrases took about 2 ms of a cold content script on every page load.
 */
import type { PhraseEntry } from './phrase-entry.js';
import { normalizeForPhrases } from './phrase-text.js';

export interface PhraseIndex {
  /** The keys, longest first (at one position the longest key is the one reported). */
  pattern: string;
  /** For each entry, the position of its key in `pattern.split('|')`. */
  keyOf: readonly number[];
}

/**
 * What separates words in the phrase files: everything but the letters of
 * their languages' scripts and digits. A plain character class, cheap to
 * compile on a cold page; the phrase-data test checks it splits every phrase
 * exactly as `wordsOf` splits page text.
 */
export const PHRASE_WORD_SEPARATORS = /[^0-9A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0400-\u052f]+/;

/**
 * Files each entry under its longest word. Keys are runs of letters and
 * digits: nothing in them needs escaping. A phrase without a word ("$#")
 * could be anywhere and is refused.
 */
export function buildPhraseIndex(entries: readonly PhraseEntry[]): PhraseIndex {
  const entryKeys = entries.map((entry) => {
    const key = longestWord(normalizeForPhrases(entry.text));
    if (key === '') throw new Error(`phrase "${entry.text}" has no word to find it by`);
    return key;
  });
  const keys = [...new Set(entryKeys)].sort((a, b) => b.length - a.length);
  const positions = new Map(keys.map((key, position) => [key, position]));
  return { pattern: keys.join('|'), keyOf: entryKeys.map((key) => positions.get(key)!) };
}

/** The entries' positions filed under their keys. */
export function phrasesByKey(index: PhraseIndex): Map<string, number[]> {
  const keys = index.pattern.split('|');
  const byKey = new Map<string, number[]>();
  index.keyOf.forEach((keyPosition, entryPosition) => {
    const key = keys[keyPosition]!;
    const list = byKey.get(key);
    if (list) list.push(entryPosition);
    else byKey.set(key, [entryPosition]);
  });
  return byKey;
}

/** A phrase's longest word ('' when it has none). */
function longestWord(text: string): string {
  return text.split(PHRASE_WORD_SEPARATORS).reduce((best, word) => (word.length > best.length ? word : best), '');
}
