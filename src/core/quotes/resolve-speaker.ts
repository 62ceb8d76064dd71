/** Turns a speaker phrase into the name the article gives, or null when it cannot tell. */
import { resolveDocument } from './documents.js';
import type { SpeakerPhrase } from './name-phrase.js';
import type { CurrentSpeaker } from './mention.js';
import type { People } from './people.js';
import { resolveOrganization, resolveRole } from './resolve-roles.js';
import type { QuoteLexicon } from './quote-language.js';

export function resolveSpeaker(phrase: SpeakerPhrase, at: number, people: People, current: CurrentSpeaker | null, lexicon: QuoteLexicon): string | null {
  switch (phrase.kind) {
    case 'name':
      return people.fullName(phrase.name);
    case 'pronoun':
      // "it said": only an organisation speaks as "it".
      // "The union called a strike. “…,” they said.": a body that was the last subject speaks as "they".
      // Else the body quoted just before: "“…,” the council said. “…,” it added."
      if (phrase.gender === 'n' || lexicon.groupPronouns.has(phrase.word)) return resolveOrganization(people, at, null) ?? bodyOf(current, people);
      return people.resolvePronoun(at, phrase.gender, current);
    case 'role':
      // "a senior official said" introduces someone unnamed; only "the official" points back.
      if (!phrase.definite) return null;
      return phrase.organization ? resolveOrganization(people, at, phrase.noun, current) : resolveRole(people, at, phrase.noun);
    case 'document':
      return resolveDocument(people.documents, people, at, lexicon.documentKinds.get(phrase.noun) ?? phrase.noun, current);
    default:
      return null;
  }
}

function bodyOf(current: CurrentSpeaker | null, people: People): string | null {
  return current && people.isOrganization(current.name) ? current.name : null;
}
