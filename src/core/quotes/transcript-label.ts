/**
 * Transcripts put the speaker in capitals before a colon at the start of a
 * paragraph ("PENCE: Well, I said …"). A quote with no frame of its own in
 * such a paragraph is that speaker's, as long as the article names the
 * person in full elsewhere: "UPDATE:" or "NOTE:" never match a person.
 */
import type { People } from './people.js';

/** One or two capitalised words, then a colon: "PENCE:", "CHRIS WALLACE:" (a whole transcript may stand in quotes). */
const LABEL = /^["“„«]?(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)?):\s/u;

/** The full name behind a paragraph's transcript label, or null. */
export function transcriptSpeaker(paragraph: string, people: People): string | null {
  const label = LABEL.exec(paragraph)?.[1];
  if (!label) return null;
  const surname = label.split(' ').pop() as string;
  const asName = surname.charAt(0) + surname.slice(1).toLowerCase();
  const full = people.fullName(asName);
  return full.includes(' ') ? full : null;
}
