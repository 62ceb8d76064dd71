/**
 * Frames that stand before a quote's own sentence: a previous sentence that
 * ends in a speech frame ("…, Schiff said. “…”") or in a colon ("Sanders
 * made the following comment:"), in the same paragraph or the one before.
 */
import { frameAfter, verbLengthAt, type Frame } from './find-frames.js';
import { readSpeakerPhrase } from './name-phrase.js';
import type { QuoteLexicon } from './quote-language.js';
import { firstNamePart, isMainVerbAt } from './subject-phrase.js';
import type { Token } from './tokens.js';

/** How many words of a closing clause ("…, Schiff said.") are read as a frame. */
const MAX_CLOSING_CLAUSE = 8;

/** "The administration may wait, Schiff said. “…”": a sentence that ends in a speech frame introduces the quote after it. */
export function closingFrame(clause: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  const tail = clause.slice(-3);
  if (!tail.some((_, i) => verbLengthAt(tail, i, lexicon) > 0)) return null;
  return frameAfter(clause.slice(-MAX_CLOSING_CLAUSE), lexicon);
}

/**
 * "Sanders made the following comment: “…”": words that end in a colon
 * introduce the quote after them even without a speech verb, and the person
 * they are about speaks. Only a name or a pronoun: "Voters face three
 * choices:" names no speaker.
 */
export function colonFrame(words: readonly Token[], lexicon: QuoteLexicon): Frame | null {
  if (!words.at(-1)?.after.startsWith(':')) return null;
  // "She got upset, so I had to change my answer:": the clause right before the colon.
  let from = words.length - 1;
  while (from > 0 && !/[,;]/.test((words[from - 1] as Token).after)) from--;
  const clause = words.slice(from);
  // "Partial transcript as follows:" has no verb, so no one who does the saying.
  if (!clause.some((_, i) => isMainVerbAt(clause, i))) return null;
  const subject = firstNamePart(clause, lexicon);
  const phrase = readSpeakerPhrase(subject, lexicon);
  return phrase.kind === 'name' || phrase.kind === 'pronoun' ? { phrase, at: subject[0]?.start ?? 0, adjacent: true } : null;
}
