/**
 * Tells a quotation apart from scare quotes ("undesirable", "foreign agent"),
 * titles of works and nicknames: short quoted phrases count only when they
 * are an utterance of their own, framed by a speech verb.
 */
import type { QuoteSite } from './quote-sites.js';
import { tokenize } from './tokens.js';

/** Quoted phrases of up to this many words need a speech frame of their own. */
const SHORT_QUOTE_WORDS = 3;
/** A quoted phrase of capitalised words up to this long is taken for a title or a name. */
const TITLE_WORDS = 6;

export interface FrameEvidence {
  /** A speech verb right before the quote, introduced with ":" or ",". */
  introduced: boolean;
  /** A speech frame right after the quote. */
  followed: boolean;
}

/** Whether the span at `site` is a direct quotation. */
export function isRealQuote(site: QuoteSite, text: string, evidence: FrameEvidence): boolean {
  const words = tokenize(text);
  if (words.length === 0) return false;
  const utterance = evidence.introduced || (evidence.followed && /[,.!?…]$/.test(text.trim()));
  if (words.length <= SHORT_QUOTE_WORDS) return utterance;
  const titleLike = words.length <= TITLE_WORDS && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word.text) || /^(of|the|and|in|on|a|to|for|de|la|le|der|die|das|del)$/.test(word.lower));
  return !titleLike || utterance;
}

/** Whether the words before a quote introduce it as speech ("he said:", "X told CNN,"). */
export function isIntroducedBy(lead: string): boolean {
  return /[:,]\s*[—–-]?$/.test(lead) || /[—–]$/.test(lead);
}

/** The quoted words as reported: trimmed, without the comma that belongs to the frame. */
export function cleanQuoteText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\s,;:—–-]+$/, '').trim();
}
