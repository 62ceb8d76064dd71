/**
 * Finds the people an article names: capitalised runs of words (quoted
 * passages blanked out), marked "strong" when the text shows a person — a
 * title, an apposition, a verb after the name — with gender cues and role words.
 */
import type { Gender, QuoteLexicon } from './quote-language.js';
import { capitalizedRuns, nameIn } from './name-phrase.js';
import { isCapitalized, isPossessive, tokenize, type Token } from './tokens.js';
import { genderOfGivenName, genderOfSurname } from './first-names.js';
import type { Mention } from './people.js';

/** Titles that only people carry, and the gender some of them tell. */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'mayor', 'gen', 'rev', 'judge', 'prof', 'herr', 'frau', 'm', 'mme', 'sr', 'sra']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'frau', 'mme', 'sra']);
const MALE_TITLES = new Set(['mr', 'herr', 'm', 'sr']);
/** A name right after one of these is a place or an object ("in Virginia"), not a speaker. */
const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'of', 'across', 'into', 'near', 'for', 'on', 'by', 'with', 'about', 'against', 'over', 'under', 'than']);
/** Auxiliaries, adverbs and irregular past tenses that show the name before them is a subject. */
const COMMON_VERBS = /^(is|was|has|had|will|would|could|can|did|does|also|then|later|who|told|made|went|took|gave|got|came|saw|knew|thought|felt|left|met|ran|won|lost|began|became|kept|held|brought|wrote|spoke|put|set|sent|says|said|wants|thinks|believes|says|hopes|tried|still|never|often|once)$/;

/** Finds the person mentions of an article whose quoted passages are blanked out. */
export function findMentions(text: string, lexicon: QuoteLexicon): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  // Keyed by offset, not by token: a run hands back a possessive as a copy without its "'s".
  const index = new Map(tokens.map((token, i) => [token.start, i]));
  for (const run of capitalizedRuns(tokens, lexicon)) {
    const found = nameIn(run, lexicon);
    if (!found) continue;
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    const next = tokens[(index.get(last.start) ?? 0) + 1];
    const previous = tokens[(index.get(first.start) ?? 0) - 1];
    const words = found.name.split(' ');
    const organization = words.some((word) => lexicon.organizationWords.has(word.toLowerCase()));
    const at = next === undefined ? -1 : index.get(next.start) ?? -1;
    // ", a deputy head of …", ", political science professor at …": a description of the name.
    const apposition = last.after === ',' && at >= 0 && (isApposition(tokens, at, lexicon) || describesPerson(tokens, at, lexicon)) && !hasSpeechVerb(tokens, at, lexicon);
    const title = found.title.find((word) => PERSON_TITLES.has(word));
    const initial = !previous || /[.!?]["”’)]*\s|\n/.test(text.slice(previous.end, first.start));
    // "in New York", "to Virginia": a name after a preposition is a place or an object, not a speaker.
    // Not across a paragraph break: quoted words are blanked, so "looks forward to “…”¶Ed Rendell" has no text between.
    const afterPreposition = !initial && previous !== undefined && PREPOSITIONS.has(previous.lower) && !previous.after;
    const strong = !organization && (title !== undefined || apposition || (!afterPreposition && looksLikeVerb(next, lexicon)));
    // "Trump's plan would …": the possessor qualifies the subject, it is not the subject.
    const possessive = isPossessive(tokens[index.get(last.start) ?? 0] as Token);
    mentions.push({
      start: first.start,
      name: found.name,
      strong,
      organization,
      subject: !afterPreposition && !possessive && (initial || apposition || looksLikeVerb(next, lexicon)),
      speaks: next !== undefined && lexicon.verbs.has(next.lower),
      described: apposition && describesPerson(tokens, at, lexicon),
      gender: title ? titleGender(title) : words.length > 1 ? genderOfGivenName(words[0] as string) ?? genderOfSurname(words[words.length - 1] as string) : null,
      role: [...wordsBefore(tokens, index.get(first.start) ?? 0), ...found.title, apposition ? appositionText(tokens, at) : ''].join(' '),
    });
  }
  return mentions;
}

function titleGender(title: string): Gender | null {
  return FEMALE_TITLES.has(title) ? 'f' : MALE_TITLES.has(title) ? 'm' : null;
}

function looksLikeVerb(token: Token | undefined, lexicon: QuoteLexicon): boolean {
  if (!token || isCapitalized(token)) return false;
  if (lexicon.verbs.has(token.lower)) return true;
  return COMMON_VERBS.test(token.lower) || /[a-z]ed$/.test(token.lower);
}

/** ", a deputy head of …", ", 25,", ", who …": the words after a comma describe the name. */
function isApposition(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  const token = tokens[at];
  if (!token) return false;

  return /^(a|an|the|who|whose|\d+)$/.test(token.lower) || lexicon.roleNouns.has(token.lower) || lexicon.titles.has(token.lower);
}

/** Up to three lower-case words right before a name: "il premier Giorgia Meloni", "the defense minister X". */
function wordsBefore(tokens: readonly Token[], at: number): string[] {
  const words: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i] as Token;
    if (isCapitalized(token) || token.after) break;
    words.unshift(token.lower);
  }
  return words;
}

/** "In Chelsea, the mayor said that …" is a new clause, not a description of Chelsea. */
function hasSpeechVerb(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  for (let i = at; i < tokens.length && i < at + 12; i++) {
    if (lexicon.verbs.has((tokens[i] as Token).lower)) return true;
    if ((tokens[i] as Token).after) break;
  }
  return false;
}

/** An apposition naming a role or an age: ", a close ally of", ", the mayor", ", 25,". */
function describesPerson(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  const words = tokens.slice(at, at + 4);
  return /^\d+$/.test(words[0]?.text ?? '') || words.some((token) => lexicon.roleNouns.has(token.lower));
}

function appositionText(tokens: readonly Token[], at: number): string {
  const words: string[] = [];
  for (let i = at; i < tokens.length && words.length < 12; i++) {
    const token = tokens[i] as Token;
    words.push(token.lower);
    if (token.after) break;
  }
  return words.join(' ');
}
