/**
 * One phrase of the phrase files, compiled for testing against normalised
 * page text (see `phrase-entry.ts` for the syntax).
 */
import type { PhraseEntry } from './phrase-entry.js';
import { normalizeForPhrases } from './phrase-text.js';
import { isDigit, isLetterOrMark, isWordChar } from './word-chars.js';

/**
 * One phrase: literal pieces, `*` (letters) and `#` (a number), matched left
 * to right without backtracking. That is exact for the phrase files, where
 * `*` ends a word and `#` is never followed by a digit (the phrase-data test
 * checks both). A phrase that starts with `#` has no piece to look up with
 * `indexOf` and keeps a regular expression, built on first use.
 */
export class CompiledPhrase {
  /** Split on first use: most phrases are never tested on a given page. */
  private parts: string[] | null = null;
  private fallback: RegExp | null = null;

  /** The phrase as it is matched: folded like page text ("bağış" as "bağiş"). */
  private readonly text: string;

  constructor(readonly entry: PhraseEntry) {
    this.text = normalizeForPhrases(entry.text);
  }

  /** Whether the phrase occurs in `normalized` as whole words. */
  test(normalized: string): boolean {
    const text = this.text;
    this.parts ??= text.includes('*') || text.includes('#') ? text.split(/([*#])/).filter(Boolean) : [text];
    const anchor = this.parts[0]!;
    if (anchor === '#' || anchor === '*') {
      this.fallback ??= new RegExp(regexSource(text), 'u');
      return this.fallback.test(normalized);
    }
    for (let at = normalized.indexOf(anchor); at !== -1; at = normalized.indexOf(anchor, at + 1)) {
      if (isWordChar(normalized, at - 1)) continue;
      const end = this.matchFrom(normalized, at);
      if (end !== -1 && (text.endsWith('*') || !isWordChar(normalized, end))) return true;
    }
    return false;
  }

  /** Where the phrase ends when it starts at `at`, or -1. */
  private matchFrom(text: string, at: number): number {
    let position = at;
    for (const part of this.parts!) {
      if (part === '*') {
        while (isLetterOrMark(text, position)) position++;
      } else if (part === '#') {
        position = numberEnd(text, position);
        if (position === -1) return -1;
      } else {
        if (!text.startsWith(part, position)) return -1;
        position += part.length;
      }
    }
    return position;
  }
}

/** End of `\d+(?:[.,]\d+)?` at `at`, or -1 when no digit is there. */
function numberEnd(text: string, at: number): number {
  let position = at;
  while (isDigit(text, position)) position++;
  if (position === at) return -1;
  if ((text[position] === '.' || text[position] === ',') && isDigit(text, position + 1)) {
    position++;
    while (isDigit(text, position)) position++;
  }
  return position;
}

/** The regular expression a phrase stands for (used only for phrases that start with `#`). */
function regexSource(text: string): string {
  let source = '';
  for (const part of text.split(/([*#])/)) {
    if (part === '*') source += '[\\p{L}\\p{M}]*';
    else if (part === '#') source += '\\d+(?:[.,]\\d+)?';
    else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const before = '(?<![\\p{L}\\p{N}])';
  return text.endsWith('*') ? before + source : `${before + source}(?![\\p{L}\\p{N}])`;
}
