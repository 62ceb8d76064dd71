/** Turns a speaker phrase into the name the article gives, or null when it cannot tell. */
import type { SpeakerPhrase } from './name-phrase.js';
import type { CurrentSpeaker, People } from './people.js';

export function resolveSpeaker(phrase: SpeakerPhrase, at: number, people: People, current: CurrentSpeaker | null = null): string | null {
  switch (phrase.kind) {
    case 'name':
      return people.fullName(phrase.name);
    case 'pronoun':
      return people.resolvePronoun(at, phrase.gender, current);
    case 'role':
      // "a senior official said" introduces someone unnamed; only "the official" points back.
      return phrase.definite ? people.resolveRole(at, phrase.noun) : null;
    default:
      return null;
  }
}
