/**
 * A percentage named before its number: "percent of 10", "per cent of
 * twenty-two", "pourcentage de vingt", "percentuale di 5". Asked only about a
 * number that nothing after it explains (no unit, no counted noun).
 */
import type { FigureLexicon } from './figure-language.js';

/** Longer than any percent word with its link: "points de pourcentage de ". */
const WINDOW = 40;
const LINKS = String.raw`of|de|d['’]|di|del|von`;

const compiled = new WeakMap<FigureLexicon, RegExp>();

function pattern(lexicon: FigureLexicon): RegExp {
  let found = compiled.get(lexicon);
  if (!found) {
    const words = lexicon.percentWords.filter((word) => /^\p{L}/u.test(word)).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    found = new RegExp(String.raw`(?<![\p{L}\p{N}])(${words.join('|')})\s+(?:${LINKS})\s*$`, 'iu');
    compiled.set(lexicon, found);
  }
  return found;
}

/** Where the percent word before the number [start, end) begins, or -1; never before `from` (the end of the last figure). */
export function percentWordBefore(text: string, start: number, end: number, from: number, lexicon: FigureLexicon): number {
  // "the percentage of 18-year-olds" counts people, not a percentage.
  if (/[-‐/]/.test(text[end] ?? '')) return -1;
  const windowStart = Math.max(from, start - WINDOW);
  const match = pattern(lexicon).exec(text.slice(windowStart, start));
  return match ? windowStart + match.index : -1;
}
