/**
 * The noun a number counts: "16 helicopters", "two French-made Mistral-class
 * amphibious assault ships" → "ships", "450 troops", "16 hélicoptères".
 */
import type { FigureLexicon } from './figure-language.js';

/** How many words may stand between a number and the noun it counts (adjectives, compounds). */
const MAX_WORDS = 5;
/** English plurals without an -s. */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'troops', 'cattle', 'sheep', 'fish', 'aircraft', 'personnel', 'deer', 'feet', 'teeth', 'mice', 'geese', 'crew', 'livestock', 'data', 'pence']);

/**
 * The counted noun after a scale word, which news often links with "de" or "of":
 * "3 millions de personnes", "un millón de personas", "2 milioni di persone".
 */
export function countedNounAfterScale(after: string, lexicon: FigureLexicon, value: number): { noun: string; length: number } | null {
  const link = /^[\s\u00a0]*([\p{L}]+['’]?)[\s\u00a0]*/u.exec(after);
  if (!link || !lexicon.currencyLinks.includes((link[1] as string).toLowerCase())) return countedNoun(after, lexicon, value);
  // "d'habitants": the elided link is not part of the noun.
  const noun = countedNoun(after.slice(link[0].length), lexicon, value);
  return noun ? { noun: noun.noun, length: link[0].length + noun.length } : null;
}

/** The counted noun after a number, and how far it reaches, or null. */
export function countedNoun(after: string, lexicon: FigureLexicon, value: number): { noun: string; length: number } | null {
  const words: Array<{ word: string; end: number }> = [];
  const pattern = /^[\s\u00a0]*([\p{L}][\p{L}\p{M}'’-]*)/u;
  let offset = 0;
  while (words.length < MAX_WORDS) {
    const match = pattern.exec(after.slice(offset));
    if (!match) break;
    const word = match[1] as string;
    const lower = word.toLowerCase();
    if (lexicon.stopWords.has(lower) || /(ed|ing)$/.test(lower) && !/-/.test(lower)) break;
    offset += match[0].length;
    words.push({ word, end: offset });
    // A comma, a full stop or a bracket ends the noun phrase.
    if (!/^[\s\u00a0]*[\p{L}]/u.test(after.slice(offset)) || /^[,.;:!?)]/.test(after.slice(offset))) break;
  }
  if (words.length === 0) return null;
  const adjective = lexicon.adjectiveEndings;
  if (adjective) {
    // Russian: adjectives, then the noun; what follows is a genitive or the verb ("два миллиона человек вышли").
    const head = words.find((candidate) => !adjective.test(candidate.word.toLowerCase()));
    return head && head.word.length > 2 ? { noun: head.word, length: head.end } : null;
  }
  // Noun-first languages count the first word; otherwise the last word that reads as a counted noun
  // ("450 troops said" → "troops").
  const candidates = lexicon.nounFirst ? words.slice(0, 1) : [...words].reverse();
  const head = candidates.find((candidate) => looksLikeCountedNoun(candidate.word, value, lexicon));
  return head ? { noun: head.word, length: head.end } : null;
}

function looksLikeCountedNoun(word: string, value: number, lexicon: FigureLexicon): boolean {
  const lower = word.toLowerCase();
  if (lexicon.nounFirst || /[^\x00-\x7f]/.test(word) || /^\p{Lu}/u.test(word) && !/s$/.test(word)) return word.length > 2;
  // English: counting two or more things takes a plural.
  return value < 2 || /s$/.test(lower) || IRREGULAR_PLURALS.has(lower);
}
