/**
 * Places each quotation in its sentence: the words before it, the words after
 * it, and the sentence itself (the quote's context).
 */
import { splitSentences, type Sentence } from '../sentences.js';
import type { QuoteSpan } from './find-quote-spans.js';
import { tokenize, type Token } from './tokens.js';

export interface QuoteSite {
  span: QuoteSpan;
  /** Words from the sentence start to the opening mark (earlier quotes blanked out), offsets global. */
  before: Token[];
  /** Words from the closing mark to the sentence end (or the next quote), offsets global. */
  after: Token[];
  /** Raw text right before the opening mark in its sentence, to see how it is introduced (":" or ","). */
  lead: string;
  /** Raw text right after the closing mark, up to the sentence end or the next quote. */
  trail: string;
  /** The words of the previous sentence's last clause, when the quote opens its own sentence ("…, Schiff said. “…”"). */
  previousClause: Token[];
  /** The sentence (or sentences) the quote stands in. */
  sentence: string;
  /** Index of the opening sentence among all sentences of the article, to group quotes by sentence. */
  sentenceId: string;
}

/** How many words a following sentence may have to be read as the frame of a quote that ended the previous one. */
const SHORT_FRAME_SENTENCE = 8;

/** Locates every span; `starts[i]` is the global offset of paragraph i. */
export function locateQuotes(paragraphs: readonly string[], starts: readonly number[], spans: readonly QuoteSpan[], lang: string | null | undefined): QuoteSite[] {
  const sentences = paragraphs.map((paragraph) => splitSentences(paragraph, lang));
  return spans.map((span, i) => {
    const next = spans[i + 1];
    const openText = paragraphs[span.startBlock] ?? '';
    const closeText = paragraphs[span.endBlock] ?? '';
    const openSentences = sentences[span.startBlock] ?? [];
    const closeSentences = sentences[span.endBlock] ?? [];
    const first = sentenceAt(openSentences, span.open);
    const last = sentenceAt(closeSentences, Math.max(0, span.close - 1));
    const beforeFrom = first?.start ?? 0;
    const beforeText = blankEarlierQuotes(openText, beforeFrom, span.open, spans.slice(0, i), span.startBlock);
    const afterTo = Math.min(last?.end ?? closeText.length, next?.startBlock === span.endBlock ? next.open : Infinity);
    const openBase = starts[span.startBlock] ?? 0;
    const closeBase = starts[span.endBlock] ?? 0;
    let after = shift(tokenize(closeText.slice(span.close + 1, afterTo)), closeBase + span.close + 1);
    let trailTo = afterTo;
    if (after.length === 0 && (!next || next.startBlock !== span.endBlock || next.open > (last?.end ?? 0))) {
      after = frameSentenceAfter(closeSentences, last, closeBase);
      trailTo = Math.max(afterTo, (after[after.length - 1]?.end ?? 0) - closeBase);
    }
    const sentenceEnd = span.startBlock === span.endBlock ? last?.end ?? openText.length : first?.end ?? openText.length;
    return {
      span,
      before: shift(tokenize(beforeText), openBase + beforeFrom),
      after,
      lead: beforeText.trim(),
      trail: closeText.slice(span.close + 1, trailTo).trim(),
      previousClause: beforeText.trim() ? [] : previousClause(openSentences, first, openBase) ?? introducingParagraph(paragraphs, sentences, starts, span.startBlock),
      sentence: openText.slice(first?.start ?? 0, sentenceEnd).trim(),
      sentenceId: `${span.startBlock}:${first?.start ?? 0}`,
    };
  });
}

/**
 * "“You winning?” she asked, and as Dan went on about “…”": the frame of an
 * earlier quote in the sentence (from `at` to its clause's end) is that
 * quote's, so the later quote reads its own frame only after it.
 */
export function withoutEarlierFrame(site: QuoteSite, at: number, hasFrame: (words: readonly Token[]) => boolean): QuoteSite {
  const end = site.before.findIndex((token) => token.start >= at && /[,;]/.test(token.after));
  // "…,” she said, referencing the bank’s drive to “…”": a participle goes on with the same speaker,
  // and "…,” Mosko wrote, and “…”" has no frame but the earlier one.
  const rest = site.before.slice(end + 1);
  return end >= 0 && NEW_CLAUSE.test(rest[0]?.lower ?? '') && hasFrame(rest) ? { ...site, before: rest } : site;
}

/** Words that open a clause with a subject of its own after a frame's comma. */
const NEW_CLAUSE = /^(but|and|while|as|when|yet|whereas|although|though)$/;

/** text[from, to) with the quoted words of earlier quotes in the same paragraph replaced by spaces. */
function blankEarlierQuotes(text: string, from: number, to: number, earlier: readonly QuoteSpan[], block: number): string {
  const chars = text.slice(from, to).split('');
  for (const span of earlier) {
    if (span.endBlock !== block) continue;
    const start = span.startBlock === block ? span.open : 0;
    // "on “Face the Nation,” House Speaker Paul Ryan said": the comma inside the mark still ends the phrase.
    const keep = /[,;:.!?]/.test(text[span.close - 1] ?? '') ? span.close - 1 : -1;
    for (let i = Math.max(start, from); i <= span.close && i < to; i++) if (i !== keep) chars[i - from] = ' ';
  }
  return chars.join('');
}

/** "“… rubble.” Flynn said.": a short sentence after a quote that ended its own. */
function frameSentenceAfter(sentences: readonly Sentence[], current: Sentence | undefined, base: number): Token[] {
  if (!current) return [];
  const following = sentences[sentences.indexOf(current) + 1];
  if (!following) return [];
  const tokens = tokenize(following.text);
  return tokens.length <= SHORT_FRAME_SENTENCE && !/["“”«»„]/.test(following.text) ? shift(tokens, base + following.start) : [];
}

/** The last clause of the sentence before `current` in its paragraph; null when `current` opens the paragraph. */
function previousClause(sentences: readonly Sentence[], current: Sentence | undefined, base: number): Token[] | null {
  const index = current ? sentences.indexOf(current) : -1;
  if (index <= 0) return null;
  return lastClause(sentences[index - 1] as Sentence, base);
}

/**
 * "Caddell continued:" on a line of its own, then the quotation as the next
 * paragraph: a paragraph that ends in a colon introduces the one after it.
 */
function introducingParagraph(paragraphs: readonly string[], sentences: readonly Sentence[][], starts: readonly number[], block: number): Token[] {
  if (block === 0 || !/:\s*$/.test(paragraphs[block - 1] ?? '')) return [];
  const last = sentences[block - 1]?.at(-1);
  return last ? lastClause(last, starts[block - 1] ?? 0) : [];
}

function lastClause(previous: Sentence, base: number): Token[] {
  if (/["“”«»„]/.test(previous.text)) return [];
  const cut = Math.max(previous.text.lastIndexOf(','), previous.text.lastIndexOf(';')) + 1;
  return shift(tokenize(previous.text.slice(cut)), base + previous.start + cut);
}

function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ?? sentences.find((sentence) => sentence.start > offset);
}

function shift(tokens: Token[], by: number): Token[] {
  return tokens.map((token) => ({ ...token, start: token.start + by, end: token.end + by }));
}
