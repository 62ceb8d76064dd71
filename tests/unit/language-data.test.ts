import { describe, expect, it } from 'vitest';
import { abbreviationKind, abbreviationsFor } from '../../src/core/lang/abbreviations.js';
import { detectLanguage } from '../../src/core/lang/detect-language.js';
import { primaryLanguage, SUPPORTED_LANGUAGES } from '../../src/core/lang/language.js';
import { stem } from '../../src/core/lang/stemmer.js';
import { stopwordsFor } from '../../src/core/lang/stopwords.js';

describe('language data', () => {
  it('stores abbreviations without their final period', () => {
    for (const lang of [...SUPPORTED_LANGUAGES, null]) {
      for (const word of abbreviationsFor(lang).keys()) {
        expect(word, `${lang}: ${word}`).not.toMatch(/\.$|\s/);
        expect(word.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps stopword lists lower-case and free of blanks', () => {
    for (const lang of SUPPORTED_LANGUAGES) {
      const words = [...stopwordsFor(lang)];
      expect(words.length).toBeGreaterThan(80);
      for (const word of words) expect(word).toBe(word.toLowerCase().trim());
      expect(words).not.toContain('');
    }
  });

  it('looks abbreviations up by kind, with a capitalised first letter matching a lower-case entry', () => {
    expect(abbreviationKind('Mr', 'en')).toBe('title');
    expect(abbreviationKind('No', 'en')).toBe('number');
    expect(abbreviationKind('U.S', 'en')).toBe('ambiguous');
    expect(abbreviationKind('Etc', 'en')).toBe('ambiguous');
    expect(abbreviationKind('bzw', 'de')).toBe('ambiguous');
    expect(abbreviationKind('Dott', 'it')).toBe('title');
    expect(abbreviationKind('house', 'en')).toBeNull();
  });
});

describe('primaryLanguage and detectLanguage', () => {
  it('reduces tags to supported languages', () => {
    expect(primaryLanguage('en-US')).toBe('en');
    expect(primaryLanguage('de_AT')).toBe('de');
    expect(primaryLanguage('ja')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });

  it('guesses the language of prose from its function words', () => {
    expect(detectLanguage('The government said on Monday that it would raise taxes for the first time in a decade.')).toBe('en');
    expect(detectLanguage('Die Regierung hat am Montag angekündigt, dass sie die Steuern zum ersten Mal seit zehn Jahren erhöhen wird.')).toBe('de');
    expect(detectLanguage('Правительство заявило в понедельник, что впервые за десять лет повысит налоги для всех.')).toBe('ru');
    expect(detectLanguage('Le gouvernement a annoncé lundi qu’il allait augmenter les impôts pour la première fois depuis dix ans.')).toBe('fr');
    expect(detectLanguage('El gobierno anunció el lunes que subirá los impuestos por primera vez en una década.')).toBe('es');
    expect(detectLanguage('Il governo ha annunciato lunedì che aumenterà le tasse per la prima volta in dieci anni.')).toBe('it');
    expect(detectLanguage('12345 67890')).toBeNull();
  });
});

describe('stem', () => {
  it('maps inflected forms of a word together', () => {
    expect(stem('ministers', 'en')).toBe(stem('minister', 'en'));
    expect(stem('bridges', 'en')).toBe(stem('bridge', 'en'));
    expect(stem('москве', 'ru')).toBe(stem('москва', 'ru'));
    expect(stem('regierungen', 'de')).toBe(stem('regierung', 'de'));
    expect(stem('governi', 'it')).toBe(stem('governo', 'it'));
    expect(stem('ciudades', 'es')).toBe(stem('ciudad', 'es'));
    expect(stem('2024', 'en')).toBe('2024');
  });
});
