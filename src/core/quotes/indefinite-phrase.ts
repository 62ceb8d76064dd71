/**
 * Recognises a speaker phrase that introduces someone unnamed even though it
 * holds a name: "a source close to Ellen Ward", "an aide to Senator Ward",
 * "another Ward adviser", "una fuente cercana a Ward", "aides to Ward". The
 * name only qualifies the head noun; the speaker is not Ward, and guessing
 * Ward would be worse than saying nothing.
 */
import type { QuoteLexicon } from './quote-language.js';
import { isCapitalized, type Token } from './tokens.js';

/** Determiners that introduce someone new ("a source said"): never resolved to an earlier name. */
export const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'another', 'un', 'une', 'ein', 'eine', 'einer', 'uno', 'una', 'один', 'одна']);

/**
 * Counts that open a group of unnamed people ("two aides to Ward"). Kept apart
 * from INDEFINITE: inside a phrase they qualify ("the mother of three").
 */
const QUANTIFIERS = new Set(['several', 'two', 'three', 'four', 'many', 'des', 'einige', 'mehrere', 'unos', 'unas', 'alcuni', 'alcune', 'несколько']);

/** Nouns for an unnamed person that no role list holds: "a person familiar with …". */
const PERSON_NOUNS = new Set(['person', 'persons', 'people', 'personne', 'personnes', 'persona', 'personas', 'persone', 'человек']);

/** Words after a bare count that make it partitive: "one of Ward's aides", "l'un des proches". */
const PARTITIVE = new Set(['of', 'de', 'des', 'd’', "d'", 'di', 'dei', 'degli', 'delle', 'von', 'der', 'из']);

export const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'then', 'yet', 'und', 'aber', 'et', 'mais', 'y', 'pero', 'e', 'ma', 'и', 'но', 'а']);

/**
 * Words that end the head of a noun phrase and open what modifies it:
 * prepositions, relative pronouns and the adjectives of closeness that
 * anonymous sourcing uses ("close to", "familiar with", "proche de", "vicina a").
 */
const MODIFIER_OPENERS = new Set([
  'of', 'to', 'for', 'in', 'on', 'at', 'from', 'with', 'by', 'within', 'inside', 'around', 'who', 'whose', 'which', 'that',
  'close', 'familiar', 'near', 'de', 'du', 'des', 'd’', "d'", 'à', 'au', 'auprès', 'dans',
  'von', 'vom', 'der', 'aus', 'im', 'bei', 'nahe', 'del', 'della', 'di', 'dal', 'al', 'en', 'con', 'nel', 'nella',
  'cercano', 'cercana', 'cercanos', 'cercanas', 'vicino', 'vicina', 'vicini', 'vicine', 'из', 'в', 'при', 'у', 'близкий', 'близкая', 'близкие',
]);

/** Openers after a bare plural head that make the group anonymous: "sources close to Ward", "aides to Ward". */
const GROUP_MODIFIERS = new Set(['close', 'familiar', 'near', 'to', 'of', 'around', 'who']);

/** Whether `tokens` describe an unnamed speaker whose phrase merely mentions a name. */
export function isIndefiniteDescription(tokens: readonly Token[], lexicon: QuoteLexicon): boolean {
  let first = 0;
  while (first < tokens.length && CONJUNCTIONS.has((tokens[first] as Token).lower)) first++;
  const opener = tokens[first];
  if (!opener) return false;
  if (INDEFINITE.has(opener.lower) || QUANTIFIERS.has(opener.lower)) return hasPersonHead(tokens, first, lexicon);
  // "Sources close to Ward", "people familiar with the talks": a bare plural group is nobody in particular.
  const next = tokens[first + 1]?.lower ?? '';
  return isPluralGroup(opener.lower, lexicon) && !opener.after && GROUP_MODIFIERS.has(next);
}

/**
 * The head is the word before the first modifier. A person noun there ("a
 * source close to Ward", "another Ward adviser") or a partitive ("one of
 * Ward's aides") describes someone; a name ("a Ward") or a thing ("a Ward
 * tweet", which may hide the real speaker elsewhere) is left to other rules.
 */
function hasPersonHead(tokens: readonly Token[], first: number, lexicon: QuoteLexicon): boolean {
  let end = first + 1;
  while (end < tokens.length && !MODIFIER_OPENERS.has((tokens[end] as Token).lower) && !(tokens[end - 1] as Token).after) end++;
  const head = tokens[end - 1] as Token;
  if (end - 1 === first) return PARTITIVE.has(tokens[end]?.lower ?? '');
  return !isCapitalized(head) && isPersonNoun(head.lower, lexicon);
}

function isPersonNoun(word: string, lexicon: QuoteLexicon): boolean {
  return lexicon.roleNouns.has(word) || lexicon.anonymousNouns.has(word) || PERSON_NOUNS.has(word);
}

function isPluralGroup(word: string, lexicon: QuoteLexicon): boolean {
  return word === 'people' || (lexicon.roleNouns.has(word) && /s$/.test(word));
}
