/**
 * Text as the phrase matcher compares it: page text and the phrase files'
 * phrases are both brought to this form first.
 */

/** Lower-cases, folds the letters below and unifies apostrophes and spaces, for matching page text against phrases. */
export function normalizeForPhrases(text: string): string {
  return lowerCaseForPhrases(text).replace(/[’`]/g, "'").replace(/[\s\u00a0]+/g, ' ');
}

/** Letters written two ways, matched as one (see `lowerCaseForPhrases`). */
const FOLDED_LETTERS = /[ı\u0307șțß]/;

/**
 * Lower case with letters that are written two ways folded, in page text and
 * phrases alike: Turkish i ("I" lower-cases to "i", never to dotless "ı", and
 * "İ" to "i" plus a combining dot, so "ı" matches as "i"); Romanian s and t
 * with a comma below, which many sites still type with a cedilla ("ș"
 * matches as "ş"); and German ß, which Swiss German and capitals write "ss"
 * ("Abo abschliessen", "ABO ABSCHLIESSEN").
 */
export function lowerCaseForPhrases(text: string): string {
  const lower = text.toLowerCase();
  if (!FOLDED_LETTERS.test(lower)) return lower;
  return lower.replace(/ı/g, 'i').replace(/\u0307/g, '').replace(/ș/g, 'ş').replace(/ț/g, 'ţ').replace(/ß/g, 'ss');
}
