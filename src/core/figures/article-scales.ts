/**
 * A scale word whose count is an article or a half: "a million people",
 * "un millón de dólares", "eine Milliarde Euro", "half a billion dollars",
 * "medio millón", "миллиард рублей". The article (or half) becomes the number, and the scale
 * after it is read as after any number ("3 million"), so currencies and
 * counted nouns follow as usual.
 */
import type { FigureLexicon } from './figure-language.js';
import type { NumberCandidate } from './number-candidates.js';

/** Only scales from a million up: "a thousand" is read as a spelled number, and "a m" is no scale. */
const MIN_SCALE = 1e6;
const MIN_SCALE_WORD = 4;
const WORD_BEFORE = /(\p{L}+)\s+$/u;
/** "one in a million", "once in a million years", "thanks a million": sayings, not counts. */
const SAYING_BEFORE = /(?:^|[^a-z])(?:one\s+in|once\s+in|thanks)\s+$/i;

/** The number standing for the scale word `lower` at `start`, when an article or a half comes right before it. */
export function articleBeforeScale(lower: string, start: number, text: string, lexicon: FigureLexicon): NumberCandidate | null {
  if (lower.length < MIN_SCALE_WORD) return null;
  const scale = lexicon.scales.get(lower);
  if (scale === undefined || scale < MIN_SCALE) return null;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  const word = (before?.[1] ?? '').toLowerCase();
  const at = start - (before?.[0].length ?? 0);
  // "medio millón", "mezzo milione", "(eine) halbe Million": a half written where the article would be.
  if (before && lexicon.denominator(word) === 2) return { start: at, end: at + word.length, value: 0.5, spelled: true };
  if (!before || !lexicon.oneArticles.has(word)) {
    // An empty number before the scale word, read like the "1" of "1 миллиард".
    return lexicon.scalesAlone.has(lower) ? { start, end: start, value: 1, spelled: true } : null;
  }
  if (SAYING_BEFORE.test(text.slice(Math.max(0, at - 10), at))) return null;
  // "half a million".
  const half = WORD_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
  if (half && lexicon.denominator((half[1] as string).toLowerCase()) === 2) return { start: at - half[0].length, end: at + word.length, value: 0.5, spelled: true };
  return { start: at, end: at + word.length, value: 1, spelled: true };
}
