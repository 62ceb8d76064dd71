/**
 * "The official said", "the commission said", "it said": definite roles and
 * organisations resolved against the mentions of one article (people and
 * their pronouns: `people.ts`).
 */
import type { CurrentSpeaker } from './mention.js';
import type { People } from './people.js';

/** Abbreviated titles that stand for a role noun ("Gov. Ward" is "the governor"). */
const ROLE_SYNONYMS: Record<string, string[]> = {
  governor: ['governor', 'gov'], senator: ['senator', 'sen'], representative: ['representative', 'rep'],
  general: ['general', 'gen'], president: ['president', 'pres'], professor: ['professor', 'prof'], doctor: ['doctor', 'dr'],
};
/** How far back (characters) a role with no matching title may look for the person the text is about. */
const ROLE_FALLBACK_DISTANCE = 800;
/** How far back (characters) "it" may look for the organisation it stands for: about two sentences. */
const IT_DISTANCE = 400;

/** The person a definite role ("the official", "the spokesman") at `position` refers to, or null. */
export function resolveRole(people: People, position: number, noun: string): string | null {
  const wanted = ROLE_SYNONYMS[noun] ?? [noun];
  for (const mention of people.mentionsBefore(position)) {
    const roles = mention.role.split(/[\s-]+/).map((word) => word.replace(/\.$/, ''));
    if (roles.some((role) => wanted.some((word) => isFormOf(role, word)))) return people.fullName(mention.name);
  }
  // No one was given that role: "the official" is then the person the text is about, as "he" or "she" would be.
  for (const mention of people.mentionsBefore(position)) {
    if (position - mention.start > ROLE_FALLBACK_DISTANCE) break;
    if (!mention.organization && mention.subject && people.isPerson(mention)) return people.fullName(mention.name);
  }
  return null;
}

/**
 * The organisation "it" (`noun` null) or "the commission" (`noun`
 * "commission") at `position` stands for, or null: the nearest body of
 * that kind, else the speaker of the last quote (`current`), else the
 * nearest organisation that is a subject, giving up
 * when a person is the subject in between ("Smith … it said" is about
 * something Smith did).
 */
export function resolveOrganization(people: People, position: number, noun: string | null, current: CurrentSpeaker | null = null): string | null {
  if (noun !== null) {
    for (const mention of people.mentionsBefore(position)) {
      if (mention.organization && mention.name.toLowerCase().split(' ').includes(noun)) return mention.name;
    }
    // "The Association of Flight Attendants … “…,” the union wrote": the body being quoted.
    if (current) return current.name;
  }
  // No body of that kind was named: "the union" is then the organisation the text is about, as "it" would be.
  const distance = noun === null ? IT_DISTANCE : ROLE_FALLBACK_DISTANCE;
  for (const mention of people.mentionsBefore(position)) {
    if (position - mention.start > distance || (mention.subject && !mention.organization && people.isPerson(mention))) return null;
    if (mention.organization && mention.subject) return mention.name;
  }
  return null;
}

/** Whether `role` is `noun` or, in Russian, one of its case forms ("министра", "мэром" for "министр", "мэр"). */
function isFormOf(role: string, noun: string): boolean {
  return role === noun || (role.startsWith(noun) && /^[а-яё]{1,2}$/.test(role.slice(noun.length)));
}
