/**
 * The article text with its quotations blanked out, for the mention finder:
 * names a speaker utters are not people the narration brings in.
 */
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans.js';

/** `paragraphs` joined by newlines, each quotation but an excerpt (see `isExcerpt`) replaced by spaces. */
export function blankQuotes(paragraphs: readonly string[], spans: readonly QuoteSpan[]): string {
  const text = paragraphs.join('\n').split('');
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 1;
  }
  for (const span of spans) {
    if (isExcerpt(span)) continue;
    const from = (starts[span.startBlock] ?? 0) + span.open;
    const to = (starts[span.endBlock] ?? 0) + span.close;
    // The full stop that ends a quoted sentence stays, so the name after it still reads as sentence-initial.
    const stop = /[.!?]/.test(text[to - 1] ?? '') ? to - 1 : -1;
    for (let i = from; i <= to && i < text.length; i++) if (text[i] !== '\n' && i !== stop) text[i] = ' ';
  }
  return text.join('');
}

/**
 * A quotation over several paragraphs that quotes others in turn ("…she
 * said, “…”") is an excerpt of someone's story: the people it brings in are
 * the ones its own "she said" and those of the quotes after it refer to, so
 * its words stay visible to the mention finder.
 */
function isExcerpt(span: QuoteSpan): boolean {
  return span.endBlock > span.startBlock && findQuoteSpans([span.text]).length > 0;
}
