/**
 * A name as the article mentions it, with what the text around it shows
 * (found by `find-mentions.ts`, resolved by `people.ts`).
 */
import type { Gender } from './quote-language.js';
import { withoutPossessive } from './tokens.js';

export interface Mention {
  start: number;
  name: string;
  /** True when the text shows it is a person (a title, an apposition, a verb after it, a speaker). */
  strong: boolean;
  organization: boolean;
  /** Whether it is the subject of its clause (sentence-initial, or a verb follows), the likeliest antecedent of "he"/"she". */
  subject: boolean;
  /** Whether an apposition describes it as a person: ", a close ally of …", ", 25,". */
  described: boolean;
  /** Whether a speech verb follows it ("Marta said"): a one-word name that speaks is a person. */
  speaks: boolean;
  gender: Gender | null;
  /** Role words seen with the name: its title and apposition ("deputy head of the Service"). */
  role: string;
}

/** The speaker of the latest quote, and where its speaker phrase stands. */
export interface CurrentSpeaker {
  name: string;
  at: number;
}

/** A mention that shows a one-word name is a person: it speaks, is described as one, or carries a personal title. */
export function showsPerson(mention: Mention): boolean {
  return mention.speaks || mention.described || /\b(mr|mrs|ms|dr|sen|rep|gov|president)\b/.test(mention.role);
}

/** The key a person is filed under: the name's last word, without a possessive, in lower case ("Putin's" → "putin"). */
export function surnameKey(name: string): string {
  const words = name.split(' ');
  return withoutPossessive(words[words.length - 1] ?? '').toLowerCase();
}
