/**
 * "one percent of GDP", "un pour cent", "ein Prozent", "один процент": a one
 * alone is never a figure (spelled-numbers.ts), except before a percent word.
 */
import type { FigureLexicon } from './figure-language.js';
import { readAfter } from './figure-units.js';

const NUMBER_NAMED_AFTER = /^\s+(?:of|de|d['’]|di|del|von)\s*([^\s,.;:]+)/i;
const SPACE_THEN_LETTER = /^[\s\u00a0]+[a-zа-яё]/i;
/** "a percentage of", "un pourcentage de": the noun for a share, not a rate of one per cent. */
const SHARE_NOUN = /(?:percentage|pourcentages?|percentuale)$/i;

/** Whether the one ending at `end` is followed by a percent word that makes it 1 %. */
export function percentAfterOne(text: string, end: number, lexicon: FigureLexicon): boolean {
  // A spelled one takes a percent word, never the sign: "a%29" is a URL's bracket.
  if (!SPACE_THEN_LETTER.test(text.slice(end, end + 3))) return false;
  const reading = readAfter(text.slice(end), null, lexicon);
  if (reading?.kind !== 'percent' || SHARE_NOUN.test(text.slice(end, end + reading.endOffset))) return false;
  // "a percent of 3" names its number after it (percent-before.ts); "one percent of GDP" does not.
  const named = NUMBER_NAMED_AFTER.exec(text.slice(end + reading.endOffset, end + reading.endOffset + 40));
  return !named || !(/^\d/.test(named[1] as string) || lexicon.numberWords.has((named[1] as string).toLowerCase()));
}
