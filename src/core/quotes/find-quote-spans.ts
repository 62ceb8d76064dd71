/**
 * Finds the outermost quotations in a run of paragraphs.
 *
 * A quotation that is not closed by the end of its paragraph continues in the
 * next one when that paragraph re-opens it (the typographic convention for
 * multi-paragraph quotes) or closes it before opening anything else; the
 * parts are joined with a space. A re-opened paragraph that starts with a
 * transcript label ("\"RUIZ: …") is a new speaker's turn, so a quote of its own;
 * one that holds only a stage direction ("\"(CROSSTALK.)") ends the turn too.
 */
import { closersFor, isClosingAt, isOpeningAt, OPENING_MARKS } from './quote-marks.js';
import { endsTurn } from './transcript-label.js';

/** One quotation located in the paragraphs. */
export interface QuoteSpan {
  /** Paragraph holding the opening mark, and the mark's offset. */
  startBlock: number;
  open: number;
  /** Paragraph holding the closing mark, and its offset (the paragraph length when never closed). */
  endBlock: number;
  close: number;
  /** The quoted words, marks removed, paragraphs joined with a space. */
  text: string;
  opener: string;
}

/** How many paragraphs one quotation may run into after its first. */
const MAX_CONTINUATION = 8;

/** Returns the quotations of `paragraphs` in reading order. */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let block = 0;
  let pos = 0;
  while (block < paragraphs.length) {
    const text = paragraphs[block] ?? '';
    const open = nextOpener(text, pos);
    if (open < 0) {
      block++;
      pos = 0;
      continue;
    }
    const span = readSpan(paragraphs, block, open);
    spans.push(span);
    block = span.endBlock;
    pos = span.close + 1;
  }
  return spans;
}

function readSpan(paragraphs: readonly string[], block: number, open: number): QuoteSpan {
  const text = paragraphs[block] ?? '';
  const opener = text[open] ?? '"';
  const close = findCloser(text, open + 1, opener);
  if (close >= 0) return { startBlock: block, open, endBlock: block, close, text: text.slice(open + 1, close), opener };
  const parts = [text.slice(open + 1)];
  let endBlock = block;
  let endClose = text.length;
  for (let next = block + 1; next < paragraphs.length && next <= block + MAX_CONTINUATION; next++) {
    const following = paragraphs[next] ?? '';
    const from = continuationStart(following, opener);
    if (from < 0) break;
    const nextClose = findCloser(following, from, opener);
    endBlock = next;
    if (nextClose >= 0) {
      parts.push(following.slice(from, nextClose));
      endClose = nextClose;
      break;
    }
    parts.push(following.slice(from));
    endClose = following.length;
  }
  return { startBlock: block, open, endBlock, close: endClose, text: parts.map((part) => part.trim()).join(' '), opener };
}

/**
 * Where the continuation of an open quotation starts in the next paragraph,
 * or -1 when the paragraph does not continue it.
 */
function continuationStart(paragraph: string, opener: string): number {
  const lead = paragraph.search(/\S/);
  if (lead >= 0 && paragraph[lead] === opener) return endsTurn(paragraph.slice(lead + 1)) ? -1 : lead + 1;
  const close = findCloser(paragraph, 0, opener);
  const open = nextOpener(paragraph, 0);
  return close >= 0 && (open < 0 || close < open) ? 0 : -1;
}

function nextOpener(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (OPENING_MARKS.includes(text[i] ?? '') && isOpeningAt(text, i)) return i;
  }
  return -1;
}

/**
 * Finds the closing mark for `opener`, skipping nested pairs: «…«…»…», and
 * “…” inside "…" (whose closing ” would otherwise also close the outer quote).
 */
function findCloser(text: string, from: number, opener: string): number {
  const closers = closersFor(opener);
  const nestOpener = opener === '"' ? '“' : closers.includes(opener) ? null : opener;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === nestOpener && isOpeningAt(text, i)) {
      depth++;
    } else if (closers.includes(char) && isClosingAt(text, i, opener)) {
      if (depth === 0 && !isPluralPossessive(text, i, opener)) return i;
      if (depth > 0) depth--;
    }
  }
  return -1;
}

/**
 * "‘the voters’ anger is real’": a ’ after an s and before a lower-case word
 * is a plural possessive when the quotation closes again further on.
 */
function isPluralPossessive(text: string, index: number, opener: string): boolean {
  if (opener !== '‘' || !/s’ \p{Ll}/u.test(text.slice(index - 1, index + 3))) return false;
  for (let i = index + 1; i < text.length; i++) {
    if (text[i] === '’' && isClosingAt(text, i, opener)) return true;
  }
  return false;
}
