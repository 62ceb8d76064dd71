/**
 * Which characters open a quotation, which close it, and when a mark is
 * really a quotation mark rather than an apostrophe, an inch sign or a
 * closing mark used as an opener.
 *
 * Conventions covered: English “…” and ‘…’, straight "…", French/Russian «…»,
 * German/Czech „…“ and ‚…‘, German/Danish »…«, Polish/Hungarian „…”, CJK 「…」 『…』.
 */

/** Closing marks accepted for each opening mark. */
const CLOSERS: Record<string, readonly string[]> = {
  // Mixed pairs (“…" and "…”) are common where editors paste text between systems.
  '“': ['”', '"'],
  '"': ['"', '”'],
  '«': ['»'],
  '»': ['«'],
  '„': ['“', '”'],
  '‚': ['‘', '’'],
  '‘': ['’'],
  '「': ['」'],
  '『': ['』'],
};

export const OPENING_MARKS = Object.keys(CLOSERS);

/** Opening marks that are a real quotation only in some positions (see `isOpeningAt`). */
const AMBIGUOUS_OPENERS = new Set(['"', '‘', '‚', '»']);

export function closersFor(opener: string): readonly string[] {
  return CLOSERS[opener] ?? [];
}

/** True when the mark may close a quotation in `text` at `index` (not an apostrophe inside a word). */
export function isClosingAt(text: string, index: number, opener: string): boolean {
  const mark = text[index] ?? '';
  if (!closersFor(opener).includes(mark)) return false;
  const before = text[index - 1] ?? ' ';
  const after = text[index + 1] ?? ' ';
  if (mark === '’') {
    // "don’t", "Clinton’s": an apostrophe between letters never closes a quote.
    if (isLetter(before) && isLetter(after)) return false;
    return !isLetter(after);
  }
  if (mark === '"' && opener !== '"') return !/\s/.test(before) && !isWordChar(after);
  if (mark === '"') return !/\s/.test(before) || !isWordChar(after);
  return true;
}

/** True when the mark at `index` opens a quotation. */
export function isOpeningAt(text: string, index: number): boolean {
  const mark = text[index] ?? '';
  if (!(mark in CLOSERS)) return false;
  if (!AMBIGUOUS_OPENERS.has(mark)) return true;
  const before = text[index - 1];
  const after = text[index + 1] ?? '';
  // Straight and single marks open only at a word start: after a space,
  // a bracket or a dash, and before something that is not a space.
  const atWordStart = before === undefined || /[\s([{\-–—\/:;,]/.test(before);
  if (!atWordStart || after === '' || /\s/.test(after)) return false;
  // ‘90s, ‘em: an elided word, not a quotation.
  if (mark === '‘' && /[0-9]/.test(after)) return false;
  return true;
}

function isLetter(char: string): boolean {
  return /\p{L}/u.test(char);
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

/** Whether `char` is any quotation mark, opening or closing. */
export function isQuoteMark(char: string): boolean {
  return /["“”„‟«»‹›‚‘’「」『』]/.test(char);
}
