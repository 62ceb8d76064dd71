/**
 * Finds the speech frame of a quotation: the speaker phrase and speech verb
 * just before it ("Smith said:", "X added that") or just after it (", he
 * said", ", said the official", "Interfax reported"), or a source phrase
 * ("according to X", "selon X").
 */
import type { QuoteLexicon } from './quote-language.js';
import { capitalizedRuns } from './capitalized-runs.js';
import { nameIn, readSpeakerPhrase, type SpeakerPhrase } from './name-phrase.js';
import { clauseBefore, firstNamePart, headOfSubject, isMainVerbAt, MAX_PHRASE, pronounBefore, untilComma } from './subject-phrase.js';
import { isCapitalized, type Token } from './tokens.js';

export interface Frame {
  phrase: SpeakerPhrase;
  /** Offset (in the tokenised text) where the speaker phrase starts. */
  at: number;
  /** True when only bridge words separate the frame from the quote. */
  adjacent: boolean;
}

/** How many words a speaker's name and its apposition may span before the verb after a quote. */
const MAX_APPOSED = 25;
/** Conjunctions opening a subordinate clause (not "as": "…,” as Smith put it" is a frame). */
const SUBORDINATORS = new Set([
  'when', 'after', 'before', 'because', 'while', 'if', 'since', 'although', 'though', 'until', 'unless', 'whereas',
  'quand', 'lorsque', 'parce', 'cuando', 'porque', 'mientras', 'quando', 'perché', 'mentre', 'als', 'weil', 'während',
  'wenn', 'когда', 'потому', 'пока', 'если',
]);
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
  // "“That makes me smart,” when Clinton blasted him": a subordinate clause after the quote is not its frame.
  if (first && SUBORDINATORS.has(first.lower)) return null;
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
    // "… and encourage Americans to check out what he called": a pronoun right before the verb is its subject.
    // "…,” Cole sings to Dunn before asking him": a participle after a clause takes that clause’s subject.
    const words = tokens.slice(0, v);
    const afterClause = tokens[v]?.lower.endsWith('ing') && words.some((_, i) => isMainVerbAt(words, i));
    const subject = pronounBefore(words, lexicon) ?? (afterClause ? firstNamePart(words, lexicon) : headOfSubject(words, lexicon));
    const before = readSpeakerPhrase(subject, lexicon);
    if (v > MAX_PHRASE && (before.kind !== 'name' || subject[0] !== tokens[0])) return null;
    if (before.kind !== 'none') return { phrase: before, at: subject[0]?.start ?? 0, adjacent: true };
    // A name after the verb only in the inverted frame right after the quote: ", said X", ", a déclaré X".
    if (v > 1) return null;
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
      const rest = untilComma(tokens.slice(i + phrase.length, i + phrase.length + MAX_PHRASE), lexicon);
      const frame = phraseFrame(rest, lexicon, false);
      if (frame && frame.phrase.kind === 'name') return frame;
    }
  }
  return null;
}

function subjectFrame(tokens: readonly Token[], verb: number, lexicon: QuoteLexicon, adjacent: boolean): Frame | null {
  const clause = clauseBefore(tokens, verb);
  // "Clinton mocked the complaint, saying …": a participle's subject is the clause's first name.
  const participle = tokens[verb]?.lower.endsWith('ing') ?? false;
  const subject = participle ? nameRightBefore(clause, lexicon) ?? firstNamePart(clause, lexicon) : pronounBefore(clause, lexicon) ?? headOfSubject(clause, lexicon);
  const phrase = readSpeakerPhrase(subject, lexicon);
  if (phrase.kind !== 'none') return { phrase, at: subject[0]?.start ?? 0, adjacent };
  // Inverted order: "Сказал он", "dijo el ministro" before a colon.
  // Only when the name closes the words before the quote: "Сказал он:", not "urged North Korea to …".
  const object = untilComma(tokens.slice(verb + 1, verb + 1 + MAX_PHRASE));
  if (!adjacent || verb + 1 + object.length < tokens.length || hasOwnSubject(clause)) return null;
  const inverted = readSpeakerPhrase(object, lexicon);
  return inverted.kind !== 'none' && inverted.kind !== 'role' ? { phrase: inverted, at: object[0]?.start ?? 0, adjacent } : null;
}

/**
 * "The video says Ward “…”": words before the verb that are not set off by a
 * comma are its subject, so the name after it starts the reported clause
 * and is no inverted speaker ("En Madrid, dijo el ministro:" still is).
 */
function hasOwnSubject(clause: readonly Token[]): boolean {
  const last = clause[clause.length - 1];
  return last !== undefined && !/[,—–-]$/.test(last.after);
}

/** "footage of Trump saying …": a name right before a participle is its subject. */
function nameRightBefore(clause: readonly Token[], lexicon: QuoteLexicon): Token[] | null {
  const last = clause[clause.length - 1];
  if (!last || !isCapitalized(last) || last.after) return null;
  const runs = capitalizedRuns(clause, lexicon);
  const run = runs[runs.length - 1];
  return run && run[run.length - 1] === last && run.length < clause.length && nameIn(run, lexicon) ? run : null;
}

function phraseFrame(tokens: readonly Token[], lexicon: QuoteLexicon, adjacent: boolean): Frame | null {
  const phrase = readSpeakerPhrase(untilComma(tokens, lexicon), lexicon);
  return phrase.kind === 'none' ? null : { phrase, at: tokens[0]?.start ?? 0, adjacent };
}

function isBridge(token: Token, lexicon: QuoteLexicon): boolean {
  return lexicon.bridgeWords.has(token.lower) || /ly$/.test(token.lower) || isCapitalized(token);
}

/** A signature after the quote: "“…” ― Pamela Padilla", "“…” — Mark Twain". */
export function dashFrame(trail: string, tokens: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  if (!/^[―—–]\s*\p{Lu}/u.test(trail) || tokens.length > MAX_PHRASE) return null;
  const frame = phraseFrame(tokens, lexicon, true);
  return frame?.phrase.kind === 'name' ? frame : null;
}
