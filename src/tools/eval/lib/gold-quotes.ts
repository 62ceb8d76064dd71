/**
 * Gold direct quotes from a PolNeAR-style attribution annotation: the
 * attribution events whose Content holds quotation marks, with the quoted
 * words and the speaker the Source stands for.
 *
 * Scoring rule for speakers (documented in the eval's output): a Source that
 * names someone is the gold speaker as written. A pronoun ("he", "they") or a
 * definite description ("the official", "the mayor") stands for the nearest
 * earlier Source in the same article that names someone. Any other source
 * ("a source", "Small groups of protesters") is unnamed: the right answer is
 * null. A determiner with a lower-case head noun makes a description, not a
 * name ("the Republican nominee" points back; "one Democratic source" is
 * unnamed). Events without a Source are skipped for speaker scoring.
 */
import type { BratDocument, BratSpan } from './brat-ann.js';

export type GoldSpeakerKind = 'named' | 'resolved' | 'unnamed' | 'none';

export interface GoldQuote {
  /** Character ranges of the quoted words, marks excluded. */
  ranges: Array<[number, number]>;
  text: string;
  sourceText: string | null;
  speaker: string | null;
  speakerKind: GoldSpeakerKind;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'him', 'her', 'them', 'you']);

/** The gold direct quotes of one annotated article. */
export function goldQuotes(text: string, doc: BratDocument): GoldQuote[] {
  const sources = [...doc.spans.values()].filter((span) => span.type === 'Source').sort((a, b) => start(a) - start(b));
  const quotes: GoldQuote[] = [];
  for (const event of doc.events) {
    const content = doc.spans.get(event.args.get('Content') ?? '');
    if (!content || !/[“”"]/.test(content.text)) continue;
    const ranges = content.ranges.flatMap(([from, to]) => quotedRanges(text, from, to));
    if (ranges.length === 0) continue;
    const source = doc.spans.get(event.args.get('Source') ?? '') ?? null;
    quotes.push({
      ranges,
      text: ranges.map(([from, to]) => text.slice(from, to)).join(' '),
      sourceText: source?.text ?? null,
      ...goldSpeaker(source, sources, text),
    });
  }
  return quotes.sort((a, b) => (a.ranges[0]?.[0] ?? 0) - (b.ranges[0]?.[0] ?? 0));
}

/** The parts of text[from, to) that stand inside double quotation marks. */
export function quotedRanges(text: string, from: number, to: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: number | null = null;
  let sawMark = false;
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '“' || (char === '"' && open === null)) {
      if (open === null) open = i + 1;
      sawMark = true;
    } else if (char === '”' || char === '"') {
      // A closing mark with no opening one: the content started inside the quote.
      ranges.push([open ?? (sawMark ? i : from), i]);
      open = null;
      sawMark = true;
    }
  }
  if (open !== null) ranges.push([open, to]);
  return ranges.filter(([a, b]) => text.slice(a, b).trim().length > 0);
}

function goldSpeaker(source: BratSpan | null, sources: readonly BratSpan[], text: string): { speaker: string | null; speakerKind: GoldSpeakerKind } {
  if (!source) return { speaker: null, speakerKind: 'none' };
  const description = describes(source.text);
  if (!description && isNamed(source.text, text)) return { speaker: source.text, speakerKind: 'named' };
  const lower = source.text.trim().toLowerCase();
  if (!PRONOUNS.has(lower) && description !== 'definite') return { speaker: null, speakerKind: 'unnamed' };
  for (let i = sources.indexOf(source) - 1; i >= 0; i--) {
    const earlier = sources[i] as BratSpan;
    if (!describes(earlier.text) && isNamed(earlier.text, text)) return { speaker: earlier.text, speakerKind: 'resolved' };
  }
  return { speaker: null, speakerKind: 'resolved' };
}

/**
 * A source that opens with a determiner and whose head noun is lower case
 * describes someone rather than naming them: "The Republican presidential
 * nominee", "the Vermont senator" (definite: it points back to a name) or
 * "one Democratic source on the panel" (indefinite: someone unnamed).
 */
export function describes(phrase: string): 'definite' | 'indefinite' | null {
  const words = phrase.trim().split(/[\s,]+/);
  const determiner = (words[0] ?? '').toLowerCase();
  const definite = /^(the|this|that|his|her|its|their)$/.test(determiner);
  const indefinite = /^(a|an|one|another|some|two|three|several|many)$/.test(determiner);
  if (!definite && !indefinite) return null;
  const headEnd = words.findIndex((word, i) => i > 0 && /^(of|who|which|at|in|from|for|with|on)$/i.test(word));
  const head = (headEnd > 0 ? words.slice(0, headEnd) : words).pop() ?? '';
  if (/^\p{Lu}/u.test(head)) return null;
  return definite ? 'definite' : 'indefinite';
}

/**
 * Whether a source phrase names someone: it has a capitalised word that is
 * not merely sentence-initial (a first word counts only when the article never
 * writes it in lower case, so "Small groups of protesters" is not a name).
 */
export function isNamed(phrase: string, text: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  return words.some((word, i) => {
    const bare = word.replace(/[’']s$/, '').replace(/[^\p{L}.-]/gu, '');
    if (!/^\p{Lu}/u.test(bare) || PRONOUNS.has(bare.toLowerCase())) return false;
    if (i > 0) return true;
    return !new RegExp(`(^|[^\\p{L}])${escape(bare.toLowerCase())}([^\\p{L}]|$)`, 'u').test(text);
  });
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function start(span: BratSpan): number {
  return span.ranges[0]?.[0] ?? 0;
}
