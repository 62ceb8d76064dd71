/**
 * Spelled fractions of a per cent: "tres quintos por ciento" (0.6 %),
 * "two and a half percent", "un quinto por ciento", "drei Viertel Prozent".
 * Read only before a percent word, where a fraction word cannot be an
 * ordinal ("el quinto piso") or a noun ("un cuarto de hora").
 */
import type { FigureLexicon } from './figure-language.js';
import { readAfter } from './figure-units.js';
import type { NumberCandidate } from './number-candidates.js';
import { fractionValue, type RunWord } from './spelled-value.js';

/** Up to three words after a run: a link, an article, the fraction word ("and a half"). */
const NEXT_WORDS = /^[\s-]+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u;
const NEXT_WORD = /^\s+(\p{L}+)/u;
/** The word before a fraction word. */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/** The run read with the fraction word after it, when a percent word follows; null otherwise. */
export function fractionAfterRun(run: readonly RunWord[], text: string, lexicon: FigureLexicon): NumberCandidate | null {
  const last = run[run.length - 1];
  if (!last) return null;
  const words = NEXT_WORDS.exec(text.slice(last.end));
  if (!words) return null;
  const [first, second, third] = [words[1], words[2], words[3]].map((word) => word?.toLowerCase());
  let denominator = lexicon.denominator(first as string);
  let used = 1;
  let plusOne = false;
  if (denominator === undefined && lexicon.numberLinks.has(first as string)) {
    // "two and a half", "dos y medio".
    plusOne = true;
    used = second !== undefined && lexicon.oneArticles.has(second) ? 3 : 2;
    denominator = lexicon.denominator((used === 3 ? third : second) as string);
  }
  if (denominator === undefined) return null;
  const end = percentAfter(text, last.end + wordsEnd(words[0], used), lexicon);
  if (end < 0) return null;
  return { start: run[0]!.start, end, value: fractionValue(run, denominator, plusOne), spelled: true };
}

/**
 * "un quinto por ciento", "a quarter percent": an article and a fraction word at `start`, before a percent word;
 * a half needs no article ("half a percentage point", "medio punto porcentual").
 */
export function articleFraction(word: string, start: number, text: string, lexicon: FigureLexicon): NumberCandidate | null {
  const denominator = lexicon.denominator(word);
  if (denominator === undefined) return null;
  // Wide enough for "einen ", the longest article with its space.
  const article = WORD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const hasArticle = article !== null && lexicon.oneArticles.has((article[1] as string).toLowerCase());
  if (!hasArticle && denominator !== 2) return null;
  const end = percentAfter(text, start + word.length, lexicon);
  if (end < 0) return null;
  return { start: hasArticle ? start - (article as RegExpExecArray)[0].length : start, end, value: 1 / denominator, spelled: true };
}

/**
 * Where a fraction ends when a percent word follows it, past an "of a" between
 * them ("a quarter of a percentage point", "un cuarto de punto porcentual"); -1 otherwise.
 */
function percentAfter(text: string, end: number, lexicon: FigureLexicon): number {
  let at = end;
  const link = NEXT_WORD.exec(text.slice(at, at + 8));
  if (link && lexicon.currencyLinks.includes((link[1] as string).toLowerCase())) at += link[0].length;
  const article = NEXT_WORD.exec(text.slice(at, at + 8));
  if (article && lexicon.oneArticles.has((article[1] as string).toLowerCase())) at += article[0].length;
  if (readAfter(text.slice(at), null, lexicon)?.kind === 'percent') return at;
  return readAfter(text.slice(end), null, lexicon)?.kind === 'percent' ? end : -1;
}

/** Where the `count`th word of `matched` ends. */
function wordsEnd(matched: string, count: number): number {
  const word = /\p{L}+/gu;
  let end = 0;
  for (let i = 0; i < count; i++) {
    const match = word.exec(matched);
    if (!match) break;
    end = match.index + match[0].length;
  }
  return end;
}
