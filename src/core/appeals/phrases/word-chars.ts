/**
 * Letters, digits and words as the phrase matcher sees them: `[\p{L}\p{N}]`
 * and friends, answered by character code for the scripts of the phrase
 * languages, with a Unicode regular expression (built on first use) only for
 * other characters. A content script starts cold on every page, and
 * Unicode classes are costly to compile there.
 */

export function isDigit(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
}

let unicodeWordChar: RegExp | null = null;
let unicodeLetterOrMark: RegExp | null = null;

/** Letters of the Latin-1, Latin Extended and Cyrillic blocks: the phrase languages, answered by range. */
function isCommonLetter(code: number): boolean {
  // The complement of PHRASE_WORD_SEPARATORS in phrase-index.ts, which splits the phrase files the same way.
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x400 && code <= 0x52f);
}

/** A letter or digit (`[\p{L}\p{N}]`) at `text[at]`; false past either end. */
export function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at); // NaN past the ends: every test below is false
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (isCommonLetter(code)) return true;
  if (!(code >= 128)) return false;
  unicodeWordChar ??= /[\p{L}\p{N}]/u;
  return unicodeWordChar.test(text[at]!);
}

/** A letter or combining mark (`[\p{L}\p{M}]`) at `text[at]`, the same way. */
export function isLetterOrMark(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (isCommonLetter(code)) return true;
  if (!(code >= 128)) return false;
  unicodeLetterOrMark ??= /[\p{L}\p{M}]/u;
  return unicodeLetterOrMark.test(text[at]!);
}

/** Runs of letters and digits in `text`, in order (what phrase words are made of). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordChar(text, i);
    if (inWord && start === -1) start = i;
    else if (!inWord && start !== -1) {
      words.push(text.slice(start, i));
      start = -1;
    }
  }
  return words;
}
