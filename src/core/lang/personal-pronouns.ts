/**
 * First- and second-person words per language. A news sentence in the first
 * person is almost always someone being quoted, and one that addresses the
 * reader ("you", "Sie", "vous") is an appeal or an instruction; the summary
 * prefers the reporter's own account to both.
 */
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './language.js';

const WORDS: Record<SupportedLanguage, string> = {
  en: "i i'm i've i'll i'd me my mine we we're we've we'll our ours us you you're you've you'll your yours yourself",
  ru: 'я меня мне мной мой моя моё мое мои мы нас нам нами наш наша наше наши ты тебя тебе твой твоя вы вас вам ваш ваша ваши',
  // "Sie"/"Ihr" are left out: lower-cased they are also "she/they" and "her".
  de: 'ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren unserem du dich dir dein deine euch euer',
  fr: "je j' moi me m' mon ma mes nous notre nos tu toi ton ta tes vous votre vos",
  es: 'yo me mí mi mis conmigo nosotros nosotras nos nuestro nuestra nuestros nuestras tú te ti tu tus usted ustedes vuestro vuestra',
  it: 'io me mi mio mia miei mie noi ci nostro nostra nostri nostre tu te ti tuo tua tuoi voi vi vostro vostra',
};

const SETS = new Map<SupportedLanguage, ReadonlySet<string>>(
  SUPPORTED_LANGUAGES.map((lang) => [lang, new Set(WORDS[lang].split(' '))]),
);

/** First- and second-person words of `lang`, lower-case; English when the language is unknown. */
export function personalPronouns(lang: SupportedLanguage | null): ReadonlySet<string> {
  return SETS.get(lang ?? 'en')!;
}
