/**
 * A cheap pre-check before a big case-insensitive alternation: what the text
 * right after a number starts with, compared to how the alternation's keys
 * start. Most numbers are followed by an ordinary word ("16 helicopters"), and
 * a Set lookup rules the pattern out without running it.
 */

export interface KeyStarts {
  /** Leading letters of keys that start with a letter, lower case: "per" for "per cent", "d" for "d’". */
  words: Set<string>;
  /** First character of keys that start with anything else: "$", "%", "°". */
  chars: Set<string>;
}

const LEADING_LETTERS = /^\p{L}+/u;
const LETTER = /\p{L}/u;

/** The starts of literal keys (words, symbols, multi-word phrases). */
export function keyStarts(keys: Iterable<string>): KeyStarts {
  const starts: KeyStarts = { words: new Set(), chars: new Set() };
  for (const key of keys) {
    const letters = LEADING_LETTERS.exec(key)?.[0];
    if (letters) starts.words.add(letters.toLowerCase());
    else if (key) starts.chars.add(key[0] as string);
  }
  return starts;
}

/**
 * What `text` starts with after spaces and hyphens: its run of letters in lower
 * case, or else its first character ("" at the end). Read once per number and
 * compared with several patterns' starts.
 */
export function leadingToken(text: string): string {
  let at = 0;
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 45 && code !== 0xa0 && code !== 0x202f && (code > 13 || code < 9)) break;
  }
  let end = at;
  while (end < text.length && isLetter(text, end)) end++;
  return end > at ? text.slice(at, end).toLowerCase() : (text[at] ?? '');
}

/**
 * Whether a pattern whose keys start as `starts` may match text that begins with `token`.
 * Never false when a key would match: a key's leading letters are followed by a
 * non-letter in the key or by the pattern's own word end, so the text's run of letters equals them.
 */
export function mayStartWith(token: string, starts: KeyStarts): boolean {
  return starts.words.has(token) || starts.chars.has(token);
}

function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER.test(text[at] as string);
}
