/**
 * Whose voice a sentence is in. Summaries report; they rarely quote, ask
 * questions, speak in the first person or address the reader, so such
 * sentences rank lower (they
 * stay eligible: in a short interview piece they may be all there is).
 */
import { personalPronouns } from '../lang/personal-pronouns.js';
import type { SupportedLanguage } from '../lang/language.js';

const OPENING_QUOTE = /^["'“‘«„‹]/u;
/** Punctuation then a closing quote: the end of a quotation that began in an earlier sentence ("… run,' said Bolt."). */
const CLOSING_QUOTE = /[,.!?…]["'”’»](?:\s|$)/u;
/** Quoted spans in the styles news sites use: "…", “…”, «…», „…“, »…«. */
const QUOTED_SPAN = /"[^"]+"|“[^”]+”|«[^»]+»|„[^“”]+[“”]|»[^«]+«/gu;

/** A quotation introduced and left open for the next sentence: `She added: “They never stood a chance.` */
const INTRODUCED_QUOTE = /:\s*["“«„‘]/u;

/** Whether the sentence is a direct quotation: it opens, introduces or closes one, or quotes make up half of it. */
export function isDirectQuote(text: string): boolean {
  if (OPENING_QUOTE.test(text) || CLOSING_QUOTE.test(text) || INTRODUCED_QUOTE.test(text)) return true;
  let quoted = 0;
  for (const span of text.matchAll(QUOTED_SPAN)) quoted += span[0].length;
  return quoted * 2 >= text.length;
}

/** Whether the sentence speaks in the first or second person ("I", "we", "you", "ich", "мы" …). */
export function isPersonal(text: string, lang: SupportedLanguage | null): boolean {
  const pattern = pronounPattern(lang);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[0];
    // "US" is a country, and a lower-case "i" is a list marker or "i.e.", never the pronoun.
    if (word === 'i' || (word.length > 1 && word === word.toUpperCase())) continue;
    return true;
  }
  return false;
}

const PATTERNS = new Map<SupportedLanguage | null, RegExp>();

/** One case-insensitive alternation of the language's pronouns, as whole words. */
function pronounPattern(lang: SupportedLanguage | null): RegExp {
  let pattern = PATTERNS.get(lang);
  if (!pattern) {
    const words = [...personalPronouns(lang)].sort((a, b) => b.length - a.length).map((word) => word.replace(/['’]/g, "['’]"));
    // Whole words: no letter (or letter and apostrophe, as in "don't") on either side; quotes are fine.
    pattern = new RegExp(`(?<!\\p{L}|\\p{L}['’])(?:${words.join('|')})(?!\\p{L}|['’]\\p{L})`, 'giu');
    PATTERNS.set(lang, pattern);
  }
  return pattern;
}

/** Whether the sentence is a question. */
export function isQuestion(text: string): boolean {
  return /[?？]["'”’»)]*$/u.test(text);
}
