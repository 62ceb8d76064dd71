/**
 * Per-language word lists the quote finder needs. Each language lives in its
 * own data module under `lang/`; `quoteLanguageFor` picks one, or merges all
 * of them when the page language is unknown (the lists hardly collide).
 */
import { ENGLISH } from './lang/en.js';
import { GERMAN } from './lang/de.js';
import { FRENCH } from './lang/fr.js';
import { SPANISH } from './lang/es.js';
import { ITALIAN } from './lang/it.js';
import { RUSSIAN } from './lang/ru.js';

export type Gender = 'm' | 'f' | 'p' | 'n';

export interface QuoteLanguage {
  /** Speech verbs as lower-case word forms; multi-word forms ("pointed out") are allowed. */
  speechVerbs: readonly string[];
  /** Words or phrases that put a source after them: "according to", "selon", "по словам". */
  sourcePrepositions: readonly string[];
  /** Markers that follow a quote and precede its source without a verb: German "so". */
  postposedMarkers: readonly string[];
  /** Subject pronouns and the kind of antecedent they take. */
  pronouns: Readonly<Record<string, Gender>>;
  /** Plural pronouns that may stand for an organisation ("they said" of a union); not "we" or "I". */
  groupPronouns: readonly string[];
  /** Honorifics and titles, without a trailing dot, that precede a name but are not part of it. */
  titles: readonly string[];
  /** Capitalised words that are never part of a name (sentence-initial function words, days, months). */
  functionWords: readonly string[];
  /** Nouns that describe a speaker by role ("the official", "the spokesman"). */
  roleNouns: readonly string[];
  /** Role nouns for a speaker who stays unnamed even with "the": "the source", "источник". */
  anonymousNouns?: readonly string[];
  /** Words that may stand between a speech verb and its quote: "that", objects like "reporters". */
  bridgeWords: readonly string[];
  /** Capitalised words that mark a name as an organisation or a place, not a person. */
  organizationWords: readonly string[];
  /** Nouns for a text that speaks for its author: "the IMF report said" is the IMF speaking. */
  documentNouns: readonly string[];
  /** Nouns that name the same kind of document, one group a string: "the clip" can be the "video" named before. */
  documentKinds?: readonly string[];
  /**
   * Verbs that name or judge something rather than report words ("called it",
   * "branded them"): a short quote they govern is a label, not a partial quote.
   */
  labelVerbs: readonly string[];
  /**
   * Capitalised adjectives of party or nation that qualify a noun and never
   * name a speaker alone: "Republican leaders", "American officials". Only
   * languages that capitalise such adjectives (English) need them.
   */
  adjectivalNames?: readonly string[];
}

const BY_CODE: Record<string, QuoteLanguage> = {
  en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH, it: ITALIAN, ru: RUSSIAN,
};

/** Compiled, lookup-ready word sets. */
export interface QuoteLexicon {
  verbs: Set<string>;
  /** Multi-word verbs split into words, longest first. */
  verbPhrases: string[][];
  prepositions: string[][];
  postposed: Set<string>;
  pronouns: Map<string, Gender>;
  groupPronouns: Set<string>;
  titles: Set<string>;
  functionWords: Set<string>;
  roleNouns: Set<string>;
  anonymousNouns: Set<string>;
  bridgeWords: Set<string>;
  organizationWords: Set<string>;
  documentNouns: Set<string>;
  /** Each document noun's kind: the first noun of its group in `documentKinds`, else the noun itself. */
  documentKinds: Map<string, string>;
  labelVerbs: Set<string>;
  adjectivalNames: Set<string>;
}

const cache = new Map<string, QuoteLexicon>();

/** The lexicon for a BCP-47 language tag; all languages (English first) when unknown. */
export function quoteLexiconFor(lang: string | null | undefined): QuoteLexicon {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const key = code in BY_CODE ? code : '*';
  let lexicon = cache.get(key);
  if (!lexicon) {
    // English stays in every lexicon: news in any language quotes English sources.
    const languages = key === '*' ? Object.values(BY_CODE) : [ENGLISH, BY_CODE[key] as QuoteLanguage];
    lexicon = compile(languages);
    cache.set(key, lexicon);
  }
  return lexicon;
}

function compile(languages: readonly QuoteLanguage[]): QuoteLexicon {
  const all = <K extends keyof QuoteLanguage>(key: K) => languages.flatMap((language) => (language[key] ?? []) as readonly string[]);
  const lower = (words: string[]) => words.map((word) => word.toLowerCase());
  const phrases = (words: string[]) =>
    lower(words).filter((word) => word.includes(' ')).map((word) => word.split(' ')).sort((a, b) => b.length - a.length);
  const verbs = lower(all('speechVerbs'));
  return {
    verbs: new Set(verbs.filter((verb) => !verb.includes(' '))),
    verbPhrases: phrases(verbs),
    prepositions: lower(all('sourcePrepositions')).map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length),
    postposed: new Set(lower(all('postposedMarkers'))),
    pronouns: new Map(languages.flatMap((language) => Object.entries(language.pronouns))),
    groupPronouns: new Set(lower(all('groupPronouns'))),
    titles: new Set(lower(all('titles'))),
    functionWords: new Set(lower(all('functionWords'))),
    roleNouns: new Set(lower(all('roleNouns'))),
    anonymousNouns: new Set(lower(all('anonymousNouns'))),
    bridgeWords: new Set(lower(all('bridgeWords'))),
    organizationWords: new Set(lower(all('organizationWords'))),
    documentNouns: new Set([...lower(all('documentNouns')), ...lower(all('documentKinds')).flatMap((group) => group.split(' '))]),
    documentKinds: new Map(lower(all('documentKinds')).flatMap((group) => group.split(' ').map((noun) => [noun, group.split(' ')[0] as string] as const))),
    labelVerbs: new Set(lower(all('labelVerbs'))),
    adjectivalNames: new Set(lower(all('adjectivalNames'))),
  };
}
