/**
 * Direct quotations and their speakers.
 *
 *   blocks ─▶ quotation spans (across paragraphs) ─▶ sentence sites
 *                                                      │
 *   article text, quotes blanked ─▶ people ────────────┤
 *                                                      ▼
 *        frame before / after / "according to" ─▶ speaker ─▶ scare-quote filter
 *        no frame: a transcript label ("RUIZ:"), the same sentence's other quote,
 *                  else the previous quote nearby
 *        a quote inside a quote: its own when a frame inside names someone else
 */
import type { ArticleBlock } from '../article-blocks.js';
import type { Quote } from '../types.js';
import { findQuoteSpans } from './find-quote-spans.js';
import { blankQuotes } from './blank-quotes.js';
import { dashFrame, frameAfter, frameBefore, sourcePhraseFrame, verbLengthAt, type Frame } from './find-frames.js';
import { closingFrame, colonFrame } from './introducing-frames.js';
import type { Token } from './tokens.js';
import { cleanQuoteText, isIntroducedBy, isRealQuote } from './is-real-quote.js';
import type { CurrentSpeaker } from './mention.js';
import { People } from './people.js';
import { findMentions } from './find-mentions.js';
import { findDocuments } from './documents.js';
import { quoteLexiconFor, type QuoteLexicon } from './quote-language.js';
import { locateQuotes, withoutEarlierFrame, type QuoteSite } from './quote-sites.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { isInReportedClause } from './reported-clause.js';
import { innerQuotes } from './inner-quotes.js';
import { findTurnLabels, transcriptSpeaker, turnSpeaker, withoutLabel } from './transcript-label.js';

export interface QuoteOptions {
  /** BCP 47 language of the article; null merges the word lists of every supported language. */
  lang?: string | null;
}

/** Blocks that carry running text a quotation can stand in. */
const QUOTABLE = new Set<ArticleBlock['kind']>(['paragraph', 'blockquote', 'list-item']);
/** The longest context reported, in characters. */
const MAX_CONTEXT = 320;

interface Attributed {
  site: QuoteSite;
  text: string;
  speaker: string | null;
  framed: boolean;
  /** For an unframed quote opening a paragraph's later sentence: the person an earlier sentence of it is about. */
  introducer: string | null;
}

/** Finds the direct quotations of an article and who said them, quotations inside quotations included. */
export function extractQuotes(blocks: readonly ArticleBlock[], options: QuoteOptions = {}): Quote[] {
  return quotesOfParagraphs(blocks.filter((block) => QUOTABLE.has(block.kind)).map((block) => block.text), options, true);
}

/** `withInner`: also look inside each quote (one level only: the outer quote's text is read as a paragraph). */
function quotesOfParagraphs(paragraphs: readonly string[], options: QuoteOptions, withInner: boolean): Quote[] {
  const lexicon = quoteLexiconFor(options.lang);
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + 1;
  }
  const spans = findQuoteSpans(paragraphs);
  const blanked = blankQuotes(paragraphs, spans);
  const people = new People(findMentions(blanked, lexicon), findDocuments(blanked, lexicon));
  const sites = locateQuotes(paragraphs, starts, spans, options.lang);
  const turnLabels = findTurnLabels(paragraphs);
  const found: Attributed[] = [];
  let current: (CurrentSpeaker & { block: number }) | null = null;
  let followedFrame: { sentenceId: string; at: number } | null = null;
  for (const located of sites) {
    const site: QuoteSite = followedFrame?.sentenceId === located.sentenceId ? withoutEarlierFrame(located, followedFrame.at, (words) => frameBefore(words, lexicon) !== null) : located;
    // A quoted transcript turn ("\"RUIZ: …") is its label's: any frame found around it belongs to another turn.
    const turn = turnSpeaker(site.span.text, people, turnLabels);
    const text = cleanQuoteText(turn ? withoutLabel(site.span.text) : site.span.text);
    const frame = turn ? null : pickFrame(site, lexicon);
    const introduced = frame?.adjacent === true && isIntroducedBy(site.lead) && site.before.length > 0;
    const followed: boolean = frame !== null && site.after.length > 0 && frame.at >= (site.after[0]?.start ?? Infinity);
    const recent: CurrentSpeaker | null = current && site.span.startBlock - current.block <= 1 ? current : null;
    const speaker: string | null = frame ? resolveSpeaker(frame.phrase, frame.at, people, recent, lexicon) : null;
    const attributed = speaker !== null && frame !== null && frame.phrase.kind !== 'role' && frame.at >= (site.before[0]?.start ?? frame.at);
    const reported = isInReportedClause(site.before, lexicon);
    if (!isRealQuote(site, site.span.text.trim(), { introduced, followed, attributed, reported, framed: frame !== null || startsWithVerb(site.after, lexicon) })) continue;
    if (speaker && frame?.phrase.kind === 'name') people.addSpeaker(frame.at, speaker);
    const labelled = frame ? null : turn ?? transcriptSpeaker(paragraphs[site.span.startBlock] ?? '', people);
    const introducer = frame || labelled ? null : introducerOf(site, starts[site.span.startBlock] ?? 0, people, lexicon);
    found.push({ site, text, speaker: speaker ?? labelled, framed: frame !== null || labelled !== null, introducer });
    if (speaker && frame) current = { name: speaker, at: frame.at, block: site.span.endBlock };
    followedFrame = followed && frame ? { sentenceId: site.sentenceId, at: frame.at } : null;
  }
  inheritSpeakers(found);
  const quotes = found.map(({ site, text, speaker }) => ({ text, speaker, context: trimContext(site.sentence) }));
  if (!withInner) return quotes;
  const quotesOf = (paragraph: string): Quote[] => quotesOfParagraphs([paragraph], options, false);
  return quotes.flatMap((quote) => [quote, ...innerQuotes(quote, people, quotesOf)]);
}

function pickFrame(site: QuoteSite, lexicon: QuoteLexicon): Frame | null {
  const before = frameBefore(site.before, lexicon);
  if (before?.adjacent) return before;
  return frameAfter(site.after, lexicon) ?? dashFrame(site.trail, site.after, lexicon) ?? sourcePhraseFrame([...site.before, ...site.after], lexicon) ?? before
    ?? closingFrame(site.previousClause, lexicon) ?? colonFrame(site.lead.endsWith(':') ? site.before : site.previousClause, lexicon);
}

/**
 * "Ward has opposed the plan for years. “…”": the person the quote's
 * paragraph is about before it. Not when the quote's own sentence has a
 * speech verb: "the announcer said, “…”" names a speaker, if not one we know.
 */
function introducerOf(site: QuoteSite, paragraphStart: number, people: People, lexicon: QuoteLexicon): string | null {
  if (site.before.some((_, k) => verbLengthAt(site.before, k, lexicon) > 0)) return null;
  return people.subjectBetween(paragraphStart, paragraphStart + site.span.open);
}

/** "“…,” said one source": a speech verb right after the quote frames it even when its speaker stays unknown. */
function startsWithVerb(after: readonly Token[], lexicon: QuoteLexicon): boolean {
  return verbLengthAt(after, 0, lexicon) > 0 || verbLengthAt(after, 1, lexicon) > 0;
}

/**
 * Quotes without a frame of their own take the speaker of another quote in
 * the same sentence ("“A” and “B,” she said"), else of the quote just before
 * when it is in the same or the previous paragraph (a speaker's words often
 * run on over several quotes).
 */
function inheritSpeakers(found: Attributed[]): void {
  for (let i = 0; i < found.length; i++) {
    const quote = found[i] as Attributed;
    if (quote.framed) continue;
    const sibling = found.find((other) => other.framed && other.site.sentenceId === quote.site.sentenceId);
    if (sibling) {
      quote.speaker = sibling.speaker;
      continue;
    }
    const previous = found[i - 1];
    if (!previous || quote.site.span.startBlock - previous.site.span.endBlock > 1) continue;
    // "Ward has opposed the plan for years. “…”": someone the quote's own paragraph introduces outranks the last speaker.
    quote.speaker = quote.site.span.startBlock > previous.site.span.endBlock ? quote.introducer ?? previous.speaker : previous.speaker;
  }
}

function trimContext(sentence: string): string {
  if (sentence.length <= MAX_CONTEXT) return sentence;
  const cut = sentence.slice(0, MAX_CONTEXT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_CONTEXT / 2))}…`;
}
