/**
 * Quotations inside a longer one: "… they thought the mayor saying, ‘Go
 * vote,’ would do it …". When a frame inside the outer quote gives the inner
 * words to someone else the article names ("the mayor saying"), they are a
 * quote of their own with that speaker. Otherwise they stay part of the outer
 * quote: its speaker is the one repeating them, and listing the same words
 * twice under one name tells a reader nothing.
 */
import type { Quote } from '../types.js';
import { findQuoteSpans } from './find-quote-spans.js';
import type { People } from './people.js';

/** Finds the quotes, with speakers, of one paragraph of text. */
export type ParagraphQuotes = (paragraph: string) => Quote[];

/** The quotations inside `outer` that someone other than its speaker said, in reading order. */
export function innerQuotes(outer: Quote, people: People, quotesOf: ParagraphQuotes): Quote[] {
  if (findQuoteSpans([outer.text]).length === 0) return [];
  const quotes: Quote[] = [];
  for (const inner of quotesOf(outer.text)) {
    const speaker = inner.speaker ? knownPerson(inner.speaker, people) : null;
    if (speaker && speaker !== outer.speaker) quotes.push({ text: inner.text, speaker, context: outer.context });
  }
  return quotes;
}

/**
 * The outer quote alone is too little text to tell a name from a capitalised
 * word ("Wait, …"), so only someone the article names in full counts.
 */
function knownPerson(name: string, people: People): string | null {
  const full = people.fullName(name);
  return full.includes(' ') ? full : null;
}
