/**
 * Sentence splitting for news prose in several languages.
 *
 *   text ──▶ candidate ends: [.!?…。！？]+ plus closing quotes/brackets, then a space
 *              │
 *              └──▶ keep the end unless the word before it is an abbreviation or
 *                   an initial, or what follows is lower case or an attribution
 *                   ("Why?" she asked.), a continuation after "No." and so on.
 *
 * Decimals ("1.2 billion"), URLs and e-mail addresses need no rule: a break is
 * only ever considered where whitespace follows the punctuation.
 */
import { abbreviationKind } from './lang/abbreviations.js';
import { primaryLanguage, type SupportedLanguage } from './lang/language.js';
import { stopwordsFor } from './lang/stopwords.js';

/** A sentence and where it stands in the text it was split from. */
export interface Sentence {
  /** The sentence, trimmed, with its closing punctuation and quotes. */
  text: string;
  /** Offset of the first character of `text` in the input. */
  start: number;
  /** Offset just past the last character of `text` in the input (`input.slice(start, end) === text`). */
  end: number;
}

/**
 * Sentence-final punctuation, optionally followed by closing quotes/brackets, then whitespace
 * or the end; full-width enders (groups 3–4) need no space, as Chinese and Japanese use none.
 */
const CANDIDATE = /([.!?…]+)(["'”’»)\]]*)(?=\s|$)|([。！？]+)(["'”’»)\]」』]*)/gu;
const CJK_END = /[。！？]/u;
/** Blank lines always end a sentence, whatever precedes them. */
const HARD_BREAK = /\n[^\S\n]*\n/;
/** Opening punctuation that may precede the first letter of a sentence. */
const OPENERS = /^["'“‘«„¿¡(\[—–-]*\s*/u;
const SPEECH_VERBS = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|asked|asks|added|told|wrote|replied|shouted|exclaimed|cried|recalled)\b/u;

/**
 * Splits `text` into sentences. Blank lines are hard breaks; single line
 * breaks are treated as spaces, so text with no paragraph breaks works too.
 *
 * @param text A paragraph (or a whole article) of plain text.
 * @param lang A BCP 47 language tag ("en", "de-AT"); chooses the abbreviation
 *   list. Unknown or null merges every list.
 * @example splitSentences('Mr. Smith paid $1.2 million. He left.')
 *   // → [{text: 'Mr. Smith paid $1.2 million.', start: 0, end: 28}, {text: 'He left.', start: 29, end: 37}]
 */
export function splitSentences(text: string, lang?: string | null): Sentence[] {
  const language = primaryLanguage(lang);
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const chunk of text.split(HARD_BREAK)) {
    splitChunk(chunk, offset, language, sentences);
    offset += chunk.length + (text.slice(offset + chunk.length).match(HARD_BREAK)?.[0].length ?? 0);
  }
  return sentences;
}

function splitChunk(chunk: string, base: number, lang: SupportedLanguage | null, out: Sentence[]): void {
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(chunk); match; match = CANDIDATE.exec(chunk)) {
    const end = match.index + match[0].length;
    const enders = match[1] ?? match[3] ?? '';
    const closers = match[2] ?? match[4] ?? '';
    const rest = chunk.slice(end);
    if (rest.trim() && !endsSentence(chunk.slice(start, match.index), enders, closers, rest.trimStart(), lang)) continue;
    push(chunk, start, end, base, out);
    start = end;
  }
  push(chunk, start, chunk.length, base, out);
}

function push(chunk: string, from: number, to: number, base: number, out: Sentence[]): void {
  const raw = chunk.slice(from, to);
  const text = raw.trim();
  if (!text) return;
  const start = base + from + (raw.length - raw.trimStart().length);
  out.push({ text, start, end: start + text.length });
}

/** Decides whether the punctuation after `before` ends the sentence, given the text that follows. */
function endsSentence(before: string, enders: string, closers: string, next: string, lang: SupportedLanguage | null): boolean {
  if (CJK_END.test(enders)) return true;
  // "FAIRVIEW, W.Va. - The coal …": a dash after a stop continues the sentence (a dateline).
  if (/^[—–-]\s/u.test(next)) return false;
  const nextWord = next.replace(OPENERS, '');
  const first = nextWord.charAt(0);
  // Lower case after the stop: "Why?" she asked. / "approx. three" / "wait… what".
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) return false;
  // "'We will win!' Smith said." — an attribution after a quoted question or exclamation.
  if (closers && /[!?]/.test(enders) && SPEECH_VERBS.test(nextWord)) return false;
  if (enders !== '.' || closers) return true;
  return !abbreviationHolds(before, nextWord, lang);
}

/**
 * Whether the period after the last word of `before` belongs to an abbreviation,
 * initial, list number or ordinal rather than ending the sentence.
 */
function abbreviationHolds(before: string, next: string, lang: SupportedLanguage | null): boolean {
  const wordStart = before.search(/\S+$/);
  if (wordStart < 0) return false;
  const word = before.slice(wordStart).replace(/^["'“‘«„(\[”’»—–-]+/u, '');
  const isFirstWord = before.slice(0, wordStart).trim() === '';
  const kind = abbreviationKind(word, lang);
  if (kind === 'title') return true;
  const capitalisedFunctionWord = isCapitalisedStopword(next, lang);
  // Initials ("J. R. R. Tolkien", "Oscar P. Quintero") and dotted acronyms not listed ("N.A.T.O.").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return !capitalisedFunctionWord;
  if (kind === 'number') return /^\d/.test(next);
  if (kind === 'ambiguous') return !capitalisedFunctionWord;
  // A list number ("1. Preheat", "as follows: 1. Denmark") or a German ordinal ("am 3. Oktober").
  const inList = isFirstWord || /[:;,]\s*$/.test(before.slice(0, wordStart)) || /:\s*1\.\s/.test(before);
  if (/^\d{1,2}$/.test(word) && (inList || lang === 'de')) return !capitalisedFunctionWord;
  return false;
}

/** "The", "He", "Но", "Der": a capitalised function word, the usual first word of a sentence. */
function isCapitalisedStopword(next: string, lang: SupportedLanguage | null): boolean {
  const word = /^[\p{L}'’]+/u.exec(next)?.[0] ?? '';
  if (!word || word.charAt(0) === word.charAt(0).toLowerCase()) return false;
  return stopwordsFor(lang).has(word.toLowerCase());
}
