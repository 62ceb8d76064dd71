/**
 * Appeals in plain text (the CLI's .txt input, one paragraph a line), where
 * there is no markup to go on: only wording and position. Copied page text
 * puts appeals in two places, and only those are trimmed:
 *
 *   head: short appeal lines before the headline  ("Support The Moscow Times!")
 *   tail: from a strongly worded appeal line to the end, when most of that
 *         tail is appeal wording or button-like short lines
 *         ("Sign up for our free weekly newsletter" … "Remind me later.")
 *
 * An article about donations keeps its paragraphs: the tail must start after
 * the lead with a line that speaks to the reader (or a short call to action),
 * leave most of the words to the article, and be dense with appeal wording,
 * not merely mention it.
 */
import type { AppealKind } from '../types.js';
import { detectLanguage } from '../lang/detect-language.js';
import { personalPronouns } from '../lang/personal-pronouns.js';
import { defaultPhraseMatcher } from './phrases/phrase-matcher.js';
import { normalizeForPhrases } from './phrases/phrase-text.js';

export interface TextAppealLine {
  index: number;
  kind: AppealKind | null;
}

/** A line this short reads as a button or label ("Monthly", "Continue", "Remind me later."). */
const SHORT_LINE_WORDS = 6;
/** Phrase weight that makes a line the start of an appeal tail ("support us monthly", "sign up for our newsletter"). */
const ANCHOR_WEIGHT = 1.5;
/** The article keeps its lead whatever follows. */
const MIN_LEAD_LINES = 3;
/** The tail may hold at most this share of the text's words. */
const MAX_TAIL_WORD_SHARE = 0.5;
/** Share of the tail's longer lines that must carry appeal wording. */
const MIN_TAIL_EVIDENCE_SHARE = 0.5;

interface LineScore {
  words: number;
  weight: number;
  kind: AppealKind | null;
  /** Speaks to the reader in the publisher's voice ("support us", "your inbox"), and quotes nobody. */
  addressesReader: boolean;
}

const QUOTE_MARK = /["“”«»„]/;

function scoreLine(line: string, pronouns: ReadonlySet<string>): LineScore {
  const addressesReader = !QUOTE_MARK.test(line) && normalizeForPhrases(line).split(/[^\p{L}']+/u).some((word) => pronouns.has(word));
  const hits = defaultPhraseMatcher().find(line);
  const byKind = new Map<AppealKind, number>();
  for (const hit of hits) if (hit.kind) byKind.set(hit.kind, (byKind.get(hit.kind) ?? 0) + hit.weight);
  let kind: AppealKind | null = null;
  let weight = 0;
  for (const [candidate, total] of byKind) if (total > weight) [kind, weight] = [candidate, total];
  return { words: line.split(/\s+/).filter(Boolean).length, weight, kind, addressesReader };
}

/** Indices of appeal lines at the head and the tail of `lines`, with the kind each belongs to. */
export function findPlainTextAppeals(lines: readonly string[]): TextAppealLine[] {
  const pronouns = personalPronouns(detectLanguage(lines.join('\n')));
  const scores = lines.map((line) => scoreLine(line, pronouns));
  const found: TextAppealLine[] = [];
  for (let i = 0; i < scores.length && scores[i]!.words <= SHORT_LINE_WORDS && scores[i]!.weight > 0; i++) {
    found.push({ index: i, kind: scores[i]!.kind });
  }
  const tailStart = findTailStart(scores);
  if (tailStart !== null) {
    const kind = scores[tailStart]!.kind;
    for (let i = tailStart; i < scores.length; i++) found.push({ index: i, kind: scores[i]!.kind ?? kind });
  }
  return found;
}

function findTailStart(scores: readonly LineScore[]): number | null {
  const totalWords = scores.reduce((sum, score) => sum + score.words, 0);
  for (let start = MIN_LEAD_LINES; start < scores.length; start++) {
    const anchor = scores[start]!;
    if (anchor.weight < ANCHOR_WEIGHT || !(anchor.addressesReader || anchor.words <= SHORT_LINE_WORDS)) continue;
    const tail = scores.slice(start);
    const tailWords = tail.reduce((sum, score) => sum + score.words, 0);
    if (tailWords > totalWords * MAX_TAIL_WORD_SHARE) continue; // Mid-article: a later anchor may still start the tail.
    const longLines = tail.filter((score) => score.words > SHORT_LINE_WORDS);
    const withWording = longLines.filter((score) => score.weight > 0).length;
    if (longLines.length === 0 || withWording / longLines.length >= MIN_TAIL_EVIDENCE_SHARE) return start;
  }
  return null;
}
