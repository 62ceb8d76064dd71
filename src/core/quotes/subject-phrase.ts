/**
 * Cuts the speaker's phrase out of the words around a speech verb: the
 * clause before the verb, its head without appositions or adverbials, the
 * subject of a participle, and the words of a name after the verb.
 */
import type { QuoteLexicon } from './quote-language.js';
import { capitalizedRuns, joinsBody } from './capitalized-runs.js';
import { nameIn, readSpeakerPhrase } from './name-phrase.js';
import { isCapitalized, isPossessive, type Token } from './tokens.js';

/** How many words a speaker phrase may span before or after its verb. */
export const MAX_PHRASE = 10;

/** The words of the clause that ends at the verb: back to a semicolon, colon or a previous verb. */
export function clauseBefore(tokens: readonly Token[], verb: number): Token[] {
  let start = Math.max(0, verb - 3 * MAX_PHRASE);
  for (let i = verb - 1; i >= start; i--) {
    if (/[;:]/.test(tokens[i]?.after ?? '')) {
      start = i + 1;
      break;
    }
  }
  return tokens.slice(start, verb);
}

/**
 * The subject of a clause's main verb, for a participle frame ("Trump attacked
 * Clinton, saying …" → Trump): the words before the first verb-like word, or
 * the clause's first name.
 */
export function firstNamePart(clause: readonly Token[], lexicon: QuoteLexicon): Token[] {
  // "He then defended the remark, saying …"
  if (clause[0] && lexicon.pronouns.has(clause[0].lower)) return clause.slice(0, 1);
  // "Following a swiftly called meeting, the Security Council issued a statement, calling …": the name its verb follows.
  for (const run of capitalizedRuns(clause, lexicon)) {
    const last = run[run.length - 1] as Token;
    const next = clause[clause.findIndex((token) => token.start === last.start) + 1];
    if (!last.after && next && !isCapitalized(next) && MAIN_VERB.test(next.lower) && nameIn(run, lexicon)) return run;
  }
  const verb = clause.findIndex((token, i) => i > 0 && !isCapitalized(token) && (lexicon.verbs.has(token.lower) || MAIN_VERB.test(token.lower)));
  if (verb > 0) return headOfSubject(clause.slice(0, verb), lexicon);
  const runs = capitalizedRuns(clause, lexicon);
  for (const run of runs) if (nameIn(run, lexicon)) return run;
  return headOfSubject(clause, lexicon);
}

/** Words that show the main verb of a clause has begun: auxiliaries and past tenses. */
export const MAIN_VERB = /^(is|was|has|had|will|would|did|does|made|went|took|gave|got|came|spoke|stood)$|[a-z]ed$/;

/**
 * Whether `words[i]` is a clause's main verb: an auxiliary or past tense, or a
 * present tense in -s right after a name ("Moreno sings", "Harding tells").
 */
export function isMainVerbAt(words: readonly Token[], i: number): boolean {
  const word = words[i];
  if (!word || isCapitalized(word)) return false;
  if (MAIN_VERB.test(word.lower)) return true;
  const previous = words[i - 1];
  return previous !== undefined && isCapitalized(previous) && !previous.after && /^[a-z]{2,}[^su]s$/.test(word.lower);
}

/**
 * The head of a subject phrase, without its apposition or a leading
 * adverbial: "Vyacheslav Dzirkaln, a deputy head of X," → "Vyacheslav Dzirkaln";
 * "On Tuesday, Smith" → "Smith".
 */
export function headOfSubject(words: readonly Token[], lexicon: QuoteLexicon): Token[] {
  const parts: Token[][] = [[]];
  for (const token of words) {
    (parts[parts.length - 1] as Token[]).push(token);
    if (token.after.includes(',') || token.after.includes('(') || token.after.includes('—')) parts.push([]);
  }
  const filled = parts.filter((part) => part.length > 0);
  // "Hillary Clinton, at a later press gaggle, said": an adverbial after the subject is not the subject.
  while (filled.length > 1 && ADVERBIAL.test((filled[filled.length - 1] as Token[])[0]?.lower ?? '')) filled.pop();
  for (let i = 0; i < filled.length; i++) {
    const next = filled[i + 1];
    // "At a forum in Virginia, one questioner": a part opening with a preposition is no subject.
    const part = filled[i] as Token[];
    // "As far as Sanders still senses anger among his supporters, the Vermont senator": a description follows a part that ends in a name.
    const endsInName = isCapitalized(part[part.length - 1] as Token);
    const describes = next !== undefined && endsInName && describesName(next, lexicon) && !ADVERBIAL.test(part[0]?.lower ?? '');
    if (describes && readSpeakerPhrase(part, lexicon).kind === 'name') return part.slice(-MAX_PHRASE);
  }
  return (filled[filled.length - 1] ?? []).slice(-MAX_PHRASE);
}

/** Whether a comma-separated part describes the name before it: "a deputy head", "25", "who …", "(R-Wis.)". */
function describesName(part: readonly Token[], lexicon: QuoteLexicon): boolean {
  // "McConnell, now the Senate majority leader,": a time adverb may open the description.
  const first = (/^(now|then|formerly|later)$/.test(part[0]?.lower ?? '') && part.length > 1 ? part[1] : part[0]) as Token;
  // "China, Pyongyang's only ally,": a possessor followed by lower-case words is a description.
  if (isPossessive(first) && part[1] !== undefined && !isCapitalized(part[1])) return true;
  return /^(a|an|the|his|her|their|its|who|whose|which|one|\d+|[a-z]{1,2}(-[a-z.]+)?)$/i.test(first.text) || lexicon.roleNouns.has(first.lower) || lexicon.titles.has(first.lower) && !isCapitalized(first);
}

/**
 * The speaker words at the start of `tokens`: up to a comma, or up to a
 * preposition after a name ("Del. Stacey Plaskett of the Virgin Islands").
 */
export function untilComma(tokens: readonly Token[], lexicon?: QuoteLexicon): Token[] {
  const out: Token[] = [];
  for (const [i, token] of tokens.entries()) {
    // "Ellen Ward of North Dakota" stops at "of"; "the Bank of England" is one name (given the lexicon to tell).
    if (out.some(isCapitalized) && AFFILIATION.has(token.lower) && !(lexicon && joinsBody(out, token, tokens[i + 1], lexicon))) break;
    out.push(token);
    // "9/11 widow Terry Strada", "R-Wis.": only clause punctuation ends the phrase.
    if (/[,;:.!?()—–]/.test(token.after)) break;
  }
  return out;
}

/** Words opening an adverbial phrase that may stand between a subject and its verb. */
export const ADVERBIAL = /^(at|in|on|during|after|before|from|with|without|for|in|speaking|asked|later|earlier|meanwhile|however|though|also|too|again|am|im|lors|durante|durant|в|на)$/;

/** Prepositions that attach an affiliation or a place to a name. */
const AFFILIATION = new Set(['of', 'from', 'at', 'in', 'on', 'with', 'for', 'de', 'du', 'des', 'von', 'vom', 'aus', 'del', 'della', 'di', 'dal', 'из']);

/** "… what he called “…”": a pronoun right before the verb (past adverbs and auxiliaries) is its subject. */
export function pronounBefore(clause: readonly Token[], lexicon: QuoteLexicon): Token[] | null {
  for (let i = clause.length - 1; i >= 0 && i >= clause.length - 4; i--) {
    const token = clause[i] as Token;
    if (lexicon.pronouns.has(token.lower)) return [token];
    if (!/ly$/.test(token.lower) && !AUXILIARY.test(token.lower)) return null;
  }
  return null;
}

/** Words that may stand between a subject and its speech verb: "he has also said". */
const AUXILIARY = /^(has|had|have|also|then|later|again|once|was|is|would|will|did|does|never|often|still|just)$/;
