/**
 * Reads a speaker out of a short noun phrase: a name ("House Speaker Paul D.
 * Ryan" → "Paul D. Ryan"), a pronoun ("he") or a role ("the official").
 */
import type { Gender, QuoteLexicon } from './quote-language.js';
import { isCapitalized, isPossessive, withoutPossessive, type Token } from './tokens.js';
import { genderOfGivenName } from './first-names.js';
import { capitalizedRuns, PARTICLES } from './capitalized-runs.js';
import { CONJUNCTIONS, INDEFINITE, isIndefiniteDescription } from './indefinite-phrase.js';

export type SpeakerPhrase =
  | { kind: 'name'; name: string; title: string[] }
  /** `word`: the pronoun itself, since "they" may stand for a body and "we" may not. */
  | { kind: 'pronoun'; gender: Gender; word: string }
  /** `organization`: the noun names a kind of body ("the commission", "the fund"), not a person's role. */
  | { kind: 'role'; noun: string; definite: boolean; organization: boolean }
  /** "the statement", "the report": a document named before, speaking for whoever issued it. */
  | { kind: 'document'; noun: string }
  | { kind: 'none' };

const MAX_NAME_WORDS = 4;

/** Definite determiners: "the statement", "le communiqué", "el informe", "il rapporto". */
const DEFINITE = /^(the|this|that|le|la|l['’]|el|il|lo)$/;

/** Classifies the phrase that names a speaker. */
export function readSpeakerPhrase(tokens: readonly Token[], lexicon: QuoteLexicon): SpeakerPhrase {
  // "and he said", "but she added": a conjunction before the pronoun is not part of the phrase.
  const content = tokens.filter((token) => (!lexicon.bridgeWords.has(token.lower) || isCapitalized(token)) && !CONJUNCTIONS.has(token.lower));
  // "what it called": "it" is a bridge word as an object ("put it"), but alone it is the subject.
  const first = content[0] ?? (tokens.length === 1 ? tokens[0] : undefined);
  // "— заявили они.": a short word keeps its final dot as if it were an abbreviation ("Gen.").
  const pronoun = first?.lower.replace(/\.$/, '') ?? '';
  if (content.length <= 2 && lexicon.pronouns.has(pronoun)) {
    return { kind: 'pronoun', gender: lexicon.pronouns.get(pronoun) as Gender, word: pronoun };
  }
  const author = documentAuthor(tokens, lexicon);
  if (author) return { kind: 'name', ...author };
  const last = tokens[tokens.length - 1];
  // "a source close to Ellen Ward": the name qualifies someone unnamed.
  if (isIndefiniteDescription(tokens, lexicon)) return { kind: 'role', noun: last?.lower ?? '', definite: false, organization: false };
  const described = /^(the|a|an|one|this|that)$/.test(tokens[0]?.lower ?? '') && last !== undefined && !isCapitalized(last);
  if (last !== undefined && !isCapitalized(last) && DEFINITE.test(tokens[0]?.lower ?? '')) {
    // "the statement", and "the report’s authors", "the ad’s narrator": whoever issued the document speaks.
    const document = tokens.find((token, i) => lexicon.documentNouns.has(withoutPossessive(token.lower)) && (token === last || (i === 1 && isPossessive(token))));
    if (document) return { kind: 'document', noun: withoutPossessive(document.lower) };
  }
  // "the New York businessman", "The Indiana governor": a description whose head is a role, not a name.
  const name = described ? null : nameIn(tokens, lexicon);
  // "Officials said", "Die Sprecherin erklärte": a capitalised role noun on its own is a role, not a name.
  if (name && !(name.name.split(' ').length === 1 && lexicon.roleNouns.has(name.name.toLowerCase()))) return { kind: 'name', ...name };
  for (let i = tokens.length - 1; i >= 0; i--) {
    // "— сказал мэр.": a short word keeps its final dot as if it were an abbreviation ("Gen.").
    const noun = (tokens[i] as Token).lower.replace(/\.$/, '');
    if (lexicon.roleNouns.has(noun)) {
      // "the source said": an anonymous source stays anonymous however often it is cited.
      const definite = !tokens.some((word) => INDEFINITE.has(word.lower)) && !/s$/.test(noun) && !lexicon.anonymousNouns.has(noun);
      return { kind: 'role', noun, definite, organization: false };
    }
  }
  // "The commission says", "the fund warned": a body named by its kind.
  if (described && last && lexicon.organizationWords.has(last.lower)) {
    return { kind: 'role', noun: last.lower, definite: !INDEFINITE.has(tokens[0]?.lower ?? ''), organization: true };
  }
  return { kind: 'none' };
}

/** Prepositions that put what follows them into a modifier of the phrase's head. */
const HEAD_PREPOSITIONS = new Set(['in', 'on', 'at', 'of', 'from', 'with', 'for', 'dans', 'sur', 'en', 'con', 'nel', 'nella', 'im', 'mit', 'в', 'на']);

/** Prepositions that tie a document to its author: "a report by the IMF", "le rapport du FMI". */
const AUTHOR_PREPOSITIONS = new Set(['by', 'from', 'of', 'du', 'de', 'des', 'del', 'della', 'dal', 'der', 'des', 'von', 'dello']);

/**
 * "the IMF report", "a Pentagon statement", "le rapport du FMI": a document
 * speaks for the name right before it or right after "by"/"du". Null when
 * there is no document noun, or the name goes with something else ("a
 * document on the campaign's website").
 */
function documentAuthor(tokens: readonly Token[], lexicon: QuoteLexicon): { name: string; title: string[] } | null {
  const at = tokens.findIndex((token) => !isCapitalized(token) && lexicon.documentNouns.has(token.lower));
  if (at < 0) return null;
  // "a narrator in the Clinton ad": a document after a preposition qualifies another head, it does not speak.
  if (tokens.slice(0, at).some((token) => HEAD_PREPOSITIONS.has(token.lower))) return null;
  const before = tokens[at - 1];
  if (before && isCapitalized(before) && !before.after) return nameIn(tokens.slice(0, at), lexicon);
  if (!AUTHOR_PREPOSITIONS.has(tokens[at + 1]?.lower ?? '') || tokens[at]?.after) return null;
  const rest = tokens.slice(at + 2);
  const skip = /^(the|la|le|les|el|il|lo|der|die|das|dem)$/.test(rest[0]?.lower ?? '') ? 1 : 0;
  return rest[skip] && isCapitalized(rest[skip] as Token) ? nameIn(rest.slice(skip, skip + MAX_NAME_WORDS + 1), lexicon) : null;
}

/** The last name-like run of capitalised words in `tokens`, titles removed. */
export function nameIn(tokens: readonly Token[], lexicon: QuoteLexicon): { name: string; title: string[] } | null {
  const runs = capitalizedRuns(tokens, lexicon);
  for (let r = runs.length - 1; r >= 0; r--) {
    const cleaned = cleanRun(runs[r] as Token[], lexicon);
    if (!cleaned) continue;
    const person = r > 0 && isAffiliated(tokens, runs[r - 1] as Token[], runs[r] as Token[]) ? cleanRun(runs[r - 1] as Token[], lexicon) : null;
    return person && isPersonName(person) ? person : cleaned;
  }
  return null;
}

/** "Gov. Ellen Ward of North Dakota": a place or body joined to the name before it by "of" or "from". */
function isAffiliated(tokens: readonly Token[], name: readonly Token[], place: readonly Token[]): boolean {
  const at = tokens.findIndex((token) => token.start === place[0]?.start);
  const link = tokens[at - 1];
  const last = name[name.length - 1] as Token;
  return link !== undefined && /^(of|from)$/.test(link.lower) && !link.after && tokens[at - 2]?.start === last.start && !last.after;
}

/** A titled or given name ("Gov. Ellen Ward"), not a lone title ("Secretary" of State). */
function isPersonName(name: { name: string; title: string[] }): boolean {
  return name.title.length > 0 || genderOfGivenName(name.name.split(' ')[0] ?? '') !== null;
}

/**
 * "мэр Москвы Сергей Собянин", "ministro de Hacienda Carlos Ruiz": a place or
 * body that complements a role stands right before the name; a known given
 * name second in a run of three or more words shows where the name starts.
 */
function complementBefore(words: readonly Token[]): number {
  if (words.length < 3) return 0;
  const [first, second] = words as [Token, Token];
  return genderOfGivenName(first.text) === null && genderOfGivenName(second.text) !== null ? 1 : 0;
}

function cleanRun(run: readonly Token[], lexicon: QuoteLexicon): { name: string; title: string[] } | null {
  let start = 0;
  const title: string[] = [];
  while (start < run.length) {
    const lower = (run[start] as Token).lower.replace(/\.$/, '');
    // "Мэр Москвы Сергей Собянин": a role noun opening a sentence titles the name as "Mayor" would.
    const isTitle = lexicon.titles.has(lower) || lexicon.roleNouns.has(lower);
    if (!isTitle && !lexicon.functionWords.has(lower)) break;
    // "Mr. King", "Justice Major": the last word is the name even when it is also a title.
    if (start === run.length - 1 && !lexicon.functionWords.has(lower)) break;
    if (isTitle) title.push(lower);
    start++;
  }
  start += complementBefore(run.slice(start));
  // A title inside the run ends what came before it: "U.S. Air Force Gen. Norman Ham" → "Norman Ham".
  // Not inside a body's name: "Commission on Presidential Debates".
  const body = run.some((token) => !isCapitalized(token) && !PARTICLES.has(token.lower));
  for (let i = run.length - 2; i >= start && !body; i--) {
    const lower = (run[i] as Token).lower.replace(/\.$/, '');
    if (lexicon.titles.has(lower) || /^\p{Lu}{2,}$/u.test((run[i] as Token).text)) {
      if (lexicon.titles.has(lower)) title.push(lower);
      start = i + 1;
      break;
    }
  }
  const words = run.slice(start).filter((token, i, all) => i < all.length - 1 || !PARTICLES.has(token.lower));
  // Names have at most four words; a longer capitalised run is a headline or a title of a work.
  // The "of" of a body's name does not count: "Federal Bureau of Investigation".
  const counted = words.filter((token) => isCapitalized(token) || PARTICLES.has(token.lower));
  if (words.length === 0 || counted.length > MAX_NAME_WORDS) return null;
  // "(D-Wis.)", "(R-Ga.)": a party and state after a US politician's name, not a name.
  if (words.length === 1 && /^\p{Lu}{1,2}-\p{Lu}[\p{L}.]*$/u.test((words[0] as Token).text)) return null;
  // "Republican leaders", "American officials": an adjective qualifies the noun after it and names no one.
  if (words.length === 1 && lexicon.adjectivalNames.has((words[0] as Token).lower)) return null;
  // "… indique le rapport du FMI.": an acronym that ends the sentence keeps the tokeniser's dot, a name does not.
  const text = words.map((token) => token.text).join(' ').replace(/(\p{Lu}{2,})\.$/u, '$1');
  return { name: text, title };
}
