/**
 * What the words after "Name," say about the name: a description of a person
 * (", a deputy head of …", ", 25,"), of an organisation (", the region's
 * largest coal company,") or a new clause (", the mayor said").
 */
import type { Mention } from './mention.js';
import type { QuoteLexicon } from './quote-language.js';
import { isCapitalized, type Token } from './tokens.js';

/** A name right after one of these is a place or an object ("in Virginia"), not a speaker. */
export const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'of', 'across', 'into', 'near', 'for', 'on', 'by', 'with', 'about', 'against', 'over', 'under', 'than']);

/** ", a deputy head of …", ", 25,", ", who …": the words after a comma describe the name. */
export function isApposition(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  const token = tokens[at];
  if (!token) return false;

  return /^(a|an|the|who|whose|\d+)$/.test(token.lower) || lexicon.roleNouns.has(token.lower) || lexicon.titles.has(token.lower);
}

/** "In Chelsea, the mayor said that …" is a new clause, not a description of Chelsea. */
export function hasSpeechVerb(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  for (let i = at; i < tokens.length && i < at + 12; i++) {
    if (lexicon.verbs.has((tokens[i] as Token).lower)) return true;
    if ((tokens[i] as Token).after) break;
  }
  return false;
}

/** An apposition naming a role or an age: ", a close ally of", ", the mayor", ", 25,". */
export function describesPerson(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  const words = tokens.slice(at, at + 4);
  // "Tulsa, Okla., police officer Betty Shelby": a name after the comma makes it a place, not a description.
  const opener = words[0];
  if (opener && isCapitalized(opener) && !lexicon.titles.has(opener.lower) && !lexicon.roleNouns.has(opener.lower)) return false;
  // "police officer Ryan Cole": a role noun right before a name is that name's title, not a description.
  const titleOfNext = (i: number) => !(words[i] as Token).after && words[i + 1] !== undefined && isCapitalized(words[i + 1] as Token);
  return /^\d+$/.test(words[0]?.text ?? '') || words.some((token, i) => lexicon.roleNouns.has(token.lower) && !titleOfNext(i));
}

/** Whether the apposition at `at` ("the nation's largest coal company") has an organisation word for its head. */
export function headsOrganization(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  if (!/^(a|an|the)$/.test(tokens[at]?.lower ?? '')) return false;
  let head: Token | undefined;
  for (let i = at + 1; i < tokens.length && i < at + 8; i++) {
    const token = tokens[i] as Token;
    if (PREPOSITIONS.has(token.lower) || /^(that|which|who|whose)$/.test(token.lower)) break;
    head = token;
    if (token.after) break;
  }
  return head !== undefined && lexicon.organizationWords.has(head.lower);
}

export function appositionText(tokens: readonly Token[], at: number): string {
  const words: string[] = [];
  for (let i = at; i < tokens.length && words.length < 12; i++) {
    const token = tokens[i] as Token;
    words.push(token.lower);
    if (token.after) break;
  }
  return words.join(' ');
}

/** "mayor of", "ministra de": role words that end in a preposition describe the name after them as a complement. */
const COMPLEMENT = /\b(of|de|del|di|della|du|des|von|der)$/;

/**
 * "The mayor of Springfield, Dana Cole, said …", "La alcaldesa de Valencia,
 * María Gómez, …": the role belongs to the name set off after the place or
 * body, not to the place, so "the mayor" later points to that person.
 */
export function moveRolesToApposedNames(mentions: Mention[], text: string): void {
  for (let i = 1; i < mentions.length; i++) {
    const place = mentions[i - 1] as Mention;
    const person = mentions[i] as Mention;
    if (!COMPLEMENT.test(place.role.trim()) || !person.name.includes(' ') || place.organization) continue;
    const between = text.slice(place.start, person.start);
    if (!/^[^,.;:!?\n]*,\s*$/.test(between) || between.length > 60) continue;
    person.role = `${place.role.trim()} ${place.name} ${person.role}`.trim();
    place.role = '';
  }
}
