/**
 * Finds the speech frame of a quotation: the speaker phrase and speech verb
 * just before it ("Smith said:", "X added that") or just after it (", he
 * said", ", said the official", "Interfax reported"), or a source phrase
 * ("according to X", "selon X").
 */
import type { QuoteLexicon } from './quote-language.js';
import { capitalizedRuns, nameIn, readSpeakerPhrase, type SpeakerPhrase } from './name-phrase.js';
import { isCapitalized, type Token } from './tokens.js';

export interface Frame {
  phrase: SpeakerPhrase;
  /** Offset (in the tokenised text) where the speaker phrase starts. */
  at: number;
  /** True when only bridge words separate the frame from the quote. */
  adjacent: boolean;
}

/** How many words a speaker phrase may span before or after its verb. */
const MAX_PHRASE = 10;
/** How many words a speaker's name and its apposition may span before the verb after a quote. */
const MAX_APPOSED = 25;
/** How many words may separate a speech verb from the quote it introduces. */
const MAX_BRIDGE = 6;

/** Index of the speech verb starting at `i` and its length in tokens, or 0 when there is none. */
export function verbLengthAt(tokens: readonly Token[], i: number, lexicon: QuoteLexicon): number {
  // A capitalised word is a name or a title here, not a verb: "The Post", "Says Who".
  const first = tokens[i];
  if (!first || isCapitalized(first)) return 0;
  for (const phrase of lexicon.verbPhrases) {
    if (phrase.every((word, k) => tokens[i + k]?.lower === word)) return phrase.length;
  }
  return lexicon.verbs.has(tokens[i]?.lower ?? '') ? 1 : 0;
}

/** The frame in the words after a quotation (`tokens` start right after the closing mark). */
export function frameAfter(tokens: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  const first = tokens[0];
  if (first && lexicon.postposed.has(first.lower)) return phraseFrame(tokens.slice(1, 1 + MAX_PHRASE), lexicon, true);
  // A long stretch before the verb is only a name with its apposition: "X, the attorney general of Y, one of …, said".
  const limit = Math.min(tokens.length, MAX_APPOSED + 1);
  for (let v = 0; v < limit; v++) {
    const length = verbLengthAt(tokens, v, lexicon);
    if (!length) {
      // A clause break before any verb means the words after the quote are not its frame.
      if (/[;:!?]|^\.+$/.test(tokens[v]?.after ?? '')) return null;
      continue;
    }
    const subject = headOfSubject(tokens.slice(0, v), lexicon);
    const before = readSpeakerPhrase(subject, lexicon);
    if (v > MAX_PHRASE && (before.kind !== 'name' || subject[0] !== tokens[0])) return null;
    if (before.kind !== 'none') return { phrase: before, at: subject[0]?.start ?? 0, adjacent: true };
    if (v > MAX_PHRASE) return null;
    const object = untilComma(tokens.slice(v + length, v + length + MAX_PHRASE));
    const after = readSpeakerPhrase(object, lexicon);
    return after.kind === 'none' ? null : { phrase: after, at: object[0]?.start ?? 0, adjacent: true };
  }
  return null;
}

/**
 * The frame in the words before a quotation (`tokens` run from the sentence
 * start to the opening mark). Prefers a verb right before the quote; falls
 * back to the sentence's first speech verb for partial quotes
 * ("Flynn said Trump was “absolutely right”").
 */
export function frameBefore(tokens: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  const verbs: Array<{ index: number; length: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const length = verbLengthAt(tokens, i, lexicon);
    if (length) verbs.push({ index: i, length });
  }
  const last = verbs[verbs.length - 1];
  if (last) {
    const bridge = tokens.slice(last.index + last.length);
    const adjacent = bridge.length <= MAX_BRIDGE && bridge.every((token) => isBridge(token, lexicon));
    const frame = adjacent ? subjectFrame(tokens, last.index, lexicon, true) : null;
    if (frame) return frame;
  }
  // Partial quote: the sentence's first speech verb whose subject is a person ("In a Facebook
  // message posted Friday, Cruz said he had “…”" → Cruz, not Facebook).
  let organization: Frame | null = null;
  for (const verb of verbs) {
    const frame = subjectFrame(tokens, verb.index, lexicon, false);
    if (!frame) continue;
    if (!(frame.phrase.kind === 'name' && isOrganization(frame.phrase.name, lexicon))) return frame;
    organization ??= frame;
  }
  // "The New York Post reports that …": an organisation speaks when no person does.
  return organization;
}

function isOrganization(name: string, lexicon: QuoteLexicon): boolean {
  return name.split(' ').some((word) => lexicon.organizationWords.has(word.toLowerCase()));
}

/** "according to Smith, …" anywhere in `tokens`. */
export function sourcePhraseFrame(tokens: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  for (let i = 0; i < tokens.length; i++) {
    for (const phrase of lexicon.prepositions) {
      if (!phrase.every((word, k) => tokens[i + k]?.lower === word)) continue;
      const rest = untilComma(tokens.slice(i + phrase.length, i + phrase.length + MAX_PHRASE));
      const frame = phraseFrame(rest, lexicon, false);
      if (frame && frame.phrase.kind === 'name') return frame;
    }
  }
  return null;
}

function subjectFrame(tokens: readonly Token[], verb: number, lexicon: QuoteLexicon, adjacent: boolean): Frame | null {
  const clause = clauseBefore(tokens, verb);
  // "Clinton mocked the complaint, saying …": a participle's subject is the clause's first name.
  const subject = tokens[verb]?.lower.endsWith('ing') ? firstNamePart(clause, lexicon) : headOfSubject(clause, lexicon);
  const phrase = readSpeakerPhrase(subject, lexicon);
  if (phrase.kind !== 'none') return { phrase, at: subject[0]?.start ?? 0, adjacent };
  // Inverted order: "Сказал он", "dijo el ministro" before a colon.
  const object = untilComma(tokens.slice(verb + 1, verb + 1 + MAX_PHRASE));
  const inverted = readSpeakerPhrase(object, lexicon);
  return adjacent && inverted.kind !== 'none' && inverted.kind !== 'role' ? { phrase: inverted, at: object[0]?.start ?? 0, adjacent } : null;
}

function phraseFrame(tokens: readonly Token[], lexicon: QuoteLexicon, adjacent: boolean): Frame | null {
  const phrase = readSpeakerPhrase(untilComma(tokens), lexicon);
  return phrase.kind === 'none' ? null : { phrase, at: tokens[0]?.start ?? 0, adjacent };
}

/** The words of the clause that ends at the verb: back to a semicolon, colon or a previous verb. */
function clauseBefore(tokens: readonly Token[], verb: number): Token[] {
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
function firstNamePart(clause: readonly Token[], lexicon: QuoteLexicon): Token[] {
  // "He then defended the remark, saying …"
  if (clause[0] && lexicon.pronouns.has(clause[0].lower)) return clause.slice(0, 1);
  const verb = clause.findIndex((token, i) => i > 0 && !isCapitalized(token) && (lexicon.verbs.has(token.lower) || MAIN_VERB.test(token.lower)));
  if (verb > 0) return headOfSubject(clause.slice(0, verb), lexicon);
  const runs = capitalizedRuns(clause, lexicon);
  for (const run of runs) if (nameIn(run, lexicon)) return run;
  return headOfSubject(clause, lexicon);
}

/** Words that show the main verb of a clause has begun: auxiliaries and past tenses. */
const MAIN_VERB = /^(is|was|has|had|will|would|did|does|made|went|took|gave|got|came|sings|spoke|stood)$|[a-z]ed$/;

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
    const describes = next !== undefined && describesName(next, lexicon) && !ADVERBIAL.test((filled[i] as Token[])[0]?.lower ?? '');
    if (describes && readSpeakerPhrase(filled[i] as Token[], lexicon).kind === 'name') return (filled[i] as Token[]).slice(-MAX_PHRASE);
  }
  return (filled[filled.length - 1] ?? []).slice(-MAX_PHRASE);
}

/** Whether a comma-separated part describes the name before it: "a deputy head", "25", "who …", "(R-Wis.)". */
function describesName(part: readonly Token[], lexicon: QuoteLexicon): boolean {
  const first = part[0] as Token;
  return /^(a|an|the|his|her|their|its|who|whose|which|one|\d+|[a-z]{1,2}(-[a-z.]+)?)$/i.test(first.text) || lexicon.roleNouns.has(first.lower) || lexicon.titles.has(first.lower) && !isCapitalized(first);
}

/**
 * The speaker words at the start of `tokens`: up to a comma, or up to a
 * preposition after a name ("Del. Stacey Plaskett of the Virgin Islands").
 */
function untilComma(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (out.some(isCapitalized) && AFFILIATION.has(token.lower)) break;
    out.push(token);
    if (token.after) break;
  }
  return out;
}

/** Words opening an adverbial phrase that may stand between a subject and its verb. */
const ADVERBIAL = /^(at|in|on|during|after|before|from|with|without|for|in|speaking|asked|later|earlier|meanwhile|however|though|also|too|again|am|im|lors|durante|durant|в|на)$/;

/** Prepositions that attach an affiliation or a place to a name. */
const AFFILIATION = new Set(['of', 'from', 'at', 'in', 'on', 'with', 'for', 'de', 'du', 'des', 'von', 'vom', 'aus', 'del', 'della', 'di', 'dal', 'из']);

function isBridge(token: Token, lexicon: QuoteLexicon): boolean {
  return lexicon.bridgeWords.has(token.lower) || /ly$/.test(token.lower) || isCapitalized(token);
}

/** A signature after the quote: "“…” ― Pamela Padilla", "“…” — Mark Twain". */
export function dashFrame(trail: string, tokens: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  if (!/^[―—–]\s*\p{Lu}/u.test(trail) || tokens.length > MAX_PHRASE) return null;
  const frame = phraseFrame(tokens, lexicon, true);
  return frame?.phrase.kind === 'name' ? frame : null;
}
