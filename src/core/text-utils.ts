/** Small text helpers shared by every stage of the engine. */

const WHITESPACE = /[\s\u00a0\u200b]+/g;

/** Collapses runs of whitespace (including NBSP and zero-width spaces) and trims. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu;

/** Counts words the way a reader would: runs of letters or digits. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

/** Silent-reading speed for news prose, in words per minute. */
const WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
