/**
 * Transcripts put the speaker in capitals before a colon at the start of a
 * paragraph ("RUIZ: Well, I said …"). A quote with no frame of its own in
 * such a paragraph is that speaker's, as long as the article names the
 * person in full elsewhere: "UPDATE:" or "NOTE:" never match a person.
 *
 * A whole transcript may stand in quotes, one turn a paragraph
 * ("\"HOST: …" / "\"GUEST: …"): each turn is then a quote of its own, and
 * its label names the speaker even when the article gives no full name,
 * because two labels taking turns can only be people talking.
 */
import type { People } from './people.js';

/** One or two capitalised words, then a colon: "RUIZ:", "ANNA BELL:" (a whole transcript may stand in quotes). */
const LABEL = /^["“„«]?(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?):\s/u;

/** The label opening `text` ("RUIZ"), or null. */
function labelOf(text: string): string | null {
  return LABEL.exec(text)?.[1] ?? null;
}

/** `text` without its opening label: "RUIZ: Well, …" → "Well, …". */
export function withoutLabel(text: string): string {
  const match = LABEL.exec(text);
  return match ? text.slice(match[0].length) : text;
}

/** "(CROSSTALK.)", "[APPLAUSE]": a transcript's stage direction, nobody's words. */
const STAGE_DIRECTION = /^[(\[][^)\]]*[)\]]\.?$/;

/**
 * Whether a quoted paragraph (its opening mark removed) ends the turn before
 * it rather than continuing it: a new label, or a stage direction.
 */
export function endsTurn(paragraph: string): boolean {
  const text = paragraph.trim();
  return labelOf(text) !== null || STAGE_DIRECTION.test(text);
}

/** The full name behind a paragraph's transcript label, or null. */
export function transcriptSpeaker(paragraph: string, people: People): string | null {
  const label = labelOf(paragraph);
  if (!label) return null;
  const full = people.fullName(asName(label));
  return full.includes(' ') ? full : null;
}

/**
 * The speaker of a quoted transcript turn: the label's full name when the
 * article has one, else the label itself when `turnLabels` shows it taking
 * turns with another label.
 */
export function turnSpeaker(turn: string, people: People, turnLabels: ReadonlySet<string>): string | null {
  const label = labelOf(turn);
  if (!label || !turnLabels.has(label)) return null;
  return transcriptSpeaker(turn, people) ?? label.split(' ').map(asName).join(' ');
}

/**
 * Labels that open at least two quoted paragraphs each, when at least two
 * such labels alternate: an interview, not a stray "UPDATE:".
 */
export function findTurnLabels(paragraphs: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    const label = /^\s*["“„«]/.test(paragraph) ? labelOf(paragraph.trimStart()) : null;
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const repeated = [...counts].filter(([, count]) => count >= 2).map(([label]) => label);
  return new Set(repeated.length >= 2 ? repeated : []);
}

function asName(label: string): string {
  const surname = label.split(' ').pop() as string;
  return surname.charAt(0) + surname.slice(1).toLowerCase();
}
