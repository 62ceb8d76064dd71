/** Word tokens with offsets, the unit the attribution rules work on. */

export interface Token {
  /** The word without a sentence-final dot ("said." → "said"; "D." and "Lt." keep theirs). */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Punctuation between this token and the next one, trimmed ("," or ":" or ""). */
  after: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*/gu;

/** Splits `text` into word tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(text))) {
    let word = match[0];
    // Keep the dot of an initial or an abbreviation ("D.", "U.S.", "Lt."), drop a sentence's final dot.
    if (word.endsWith('.') && !/^(\p{L}|\p{L}{1,3}|(\p{L}\.)+\p{L})\.$/u.test(word)) word = word.replace(/\.+$/, '');
    word = word.replace(/['’\-]+$/, '');
    const start = match.index;
    tokens.push({ text: word, lower: word.toLowerCase(), start, end: start + word.length, after: '' });
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const nextStart = tokens[i + 1]?.start ?? text.length;
    token.after = text.slice(token.end, nextStart).trim();
  }
  return tokens;
}

/** Whether a token starts with a capital letter (a candidate part of a name). */
export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** The token without a possessive ending ("Clinton’s" → "Clinton"). */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/i, '');
}

export function isPossessive(token: Token): boolean {
  return /['’]s$/i.test(token.text);
}
