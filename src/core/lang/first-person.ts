/**
 * First-person words per language. A news sentence in the first person is
 * almost always someone being quoted, and the summary prefers the reporter's
 * own account to the quotes.
 */
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './language.js';

const WORDS: Record<SupportedLanguage, string> = {
  en: "i i'm i've i'll i'd me my mine we we're we've we'll our ours us",
  ru: 'я меня мне мной мой моя моё мое мои мы нас нам нами наш наша наше наши',
  de: 'ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem',
  fr: "je j' moi me m' mon ma mes nous notre nos",
  es: 'yo me mí mi mis conmigo nosotros nosotras nos nuestro nuestra nuestros nuestras',
  it: 'io me mi mio mia miei mie noi ci nostro nostra nostri nostre',
};

const SETS = new Map<SupportedLanguage, ReadonlySet<string>>(
  SUPPORTED_LANGUAGES.map((lang) => [lang, new Set(WORDS[lang].split(' '))]),
);

/** First-person words of `lang`; English when the language is unknown (its "I" and "we" are unambiguous). */
export function firstPersonWords(lang: SupportedLanguage | null): ReadonlySet<string> {
  return SETS.get(lang ?? 'en')!;
}
