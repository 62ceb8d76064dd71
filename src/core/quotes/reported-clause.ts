/**
 * Whether a quotation stands in a clause that a verb of saying reports:
 * "the senator said it was “a mistake”", "adding that it would take “more
 * hours”", "dijo que era “un error”". News prose quotes a speaker's own words
 * inside reported speech even when they are only two or three of them; the
 * same few words after a naming verb ("called it “a disaster”", "branded them
 * “traitors”") are a label and need a named speaker to count.
 */
import { verbLengthAt } from './find-frames.js';
import type { QuoteLexicon } from './quote-language.js';
import type { Token } from './tokens.js';

/** How many words back from the quote the reporting verb may stand. */
const MAX_REPORTED_GAP = 12;

/** `before`: the words from the sentence start to the opening mark. */
export function isInReportedClause(before: readonly Token[], lexicon: QuoteLexicon): boolean {
  const stop = Math.max(0, before.length - MAX_REPORTED_GAP);
  for (let i = before.length - 1; i >= stop; i--) {
    const token = before[i] as Token;
    // A colon or semicolon opens a new clause: the verb before it reports something else.
    if (i < before.length - 1 && /[;:]/.test(token.after)) return false;
    if (lexicon.labelVerbs.has(token.lower)) return false;
    if (verbLengthAt(before, i, lexicon) > 0) return true;
  }
  return false;
}
