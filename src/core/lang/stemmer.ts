/**
 * A light stemmer: strips the commonest inflectional endings so that
 * "minister"/"ministers" or "Москва"/"Москве" count as the same word when the
 * summariser compares sentences. It never needs to produce real stems; it only
 * has to map inflected forms of one word together more often than it merges
 * different words.
 */
import type { SupportedLanguage } from './language.js';

/** Endings per language, longest first; a stem keeps at least `MIN_STEM` letters. */
const ENDINGS: Record<SupportedLanguage, readonly string[]> = {
  en: ['ational', 'ization', 'iveness', 'fulness', 'ousness', 'ments', 'ment', 'ings', 'ing', 'ied', 'ies', 'ed', 'es', 's', 'e'],
  de: ['ungen', 'ung', 'heiten', 'heit', 'keiten', 'keit', 'ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'],
  fr: ['issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'euses', 'euse', 'ées', 'ée', 'és', 'er', 'es', 'e', 'é', 's', 'x'],
  es: ['amientos', 'imientos', 'amiento', 'imiento', 'aciones', 'ación', 'mente', 'ados', 'idas', 'ado', 'ida', 'es', 'os', 'as', 'a', 'o', 'e', 's'],
  it: ['amenti', 'imenti', 'amento', 'imento', 'azioni', 'azione', 'mente', 'ati', 'ate', 'ato', 'ata', 'i', 'e', 'o', 'a'],
  ru: [
    'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ия', 'ие', 'ий', 'ая', 'яя', 'ое', 'ее', 'ые',
    'ый', 'ой', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ей', 'ую', 'юю', 'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь',
  ],
};

const MIN_STEM = 3;
/** Without a language, the English endings are the least harmful guess (they rarely touch other languages). */
const FALLBACK: SupportedLanguage = 'en';

/** Strips one inflectional ending from a lower-case word. */
export function stem(word: string, lang: SupportedLanguage | null): string {
  if (/\d/.test(word)) return word;
  for (const ending of ENDINGS[lang ?? FALLBACK]) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) {
      const base = word.slice(0, -ending.length);
      return ending === 'ies' || ending === 'ied' ? `${base}y` : base;
    }
  }
  return word;
}
