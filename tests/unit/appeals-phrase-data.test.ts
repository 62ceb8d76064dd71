import { describe, expect, it } from 'vitest';
import { PHRASES_BY_LANGUAGE } from '../../src/core/appeals/phrases/index.js';
import { readFileSync } from 'node:fs';
import { PhraseMatcher, defaultPhraseMatcher } from '../../src/core/appeals/phrases/phrase-matcher.js';
import { PHRASE_WORD_SEPARATORS } from '../../src/core/appeals/phrases/phrase-index.js';
import { PHRASE_INDEX_MODULE_PATH, phraseIndexModule } from '../../src/tools/phrases/phrase-index-module.js';
import { wordsOf } from '../../src/core/appeals/phrases/word-chars.js';

const texts = (found: readonly { text: string }[]) => found.map((entry) => entry.text);
const match = (text: string) => texts(defaultPhraseMatcher().find(text));

describe('phrase data files', () => {
  it('cover at least en, ru, de, fr, es, it, pt, nl, pl, uk, sv, da, nb, cs, sk, fi, tr, ro, hu, each with all three kinds', () => {
    for (const lang of ['en', 'ru', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'uk', 'sv', 'da', 'nb', 'cs', 'sk', 'fi', 'tr', 'ro', 'hu']) {
      const kinds = new Set(PHRASES_BY_LANGUAGE[lang]!.map((entry) => entry.kind));
      expect([...kinds].sort(), lang).toEqual(expect.arrayContaining(['donation', 'newsletter', 'subscription']));
    }
  });

  it('are lower-case, unique per language, weighted 0.5–2 and compile', () => {
    for (const [lang, entries] of Object.entries(PHRASES_BY_LANGUAGE)) {
      const seen = new Set<string>();
      for (const entry of entries) {
        // Written as a reader writes them ("bağış", "susține"); matching folds them like page text.
        expect(entry.text, lang).toBe(entry.text.toLowerCase().trim());
        expect(entry.text, lang).not.toMatch(/[’`\u00a0]|\s{2}/);
        expect(seen.has(entry.text), `${lang}: duplicate "${entry.text}"`).toBe(false);
        seen.add(entry.text);
        expect(entry.weight).toBeGreaterThanOrEqual(0.5);
        expect(entry.weight).toBeLessThanOrEqual(2);
      }
      expect(() => new PhraseMatcher(entries)).not.toThrow();
    }
  });

  it('use * only at the end of a word and # never right before a digit (the matcher does not backtrack)', () => {
    for (const [lang, entries] of Object.entries(PHRASES_BY_LANGUAGE)) {
      for (const { text } of entries) {
        expect(text, `${lang}: "${text}"`).not.toMatch(/\*[\p{L}\p{N}]/u);
        expect(text, `${lang}: "${text}"`).not.toMatch(/#[.,]?\d/);
      }
    }
  });

  it('split into words the same way page text does', () => {
    for (const [lang, entries] of Object.entries(PHRASES_BY_LANGUAGE)) {
      for (const { text } of entries) {
        expect(text.split(PHRASE_WORD_SEPARATORS).filter(Boolean), `${lang}: "${text}"`).toEqual(wordsOf(text));
      }
    }
  });

  it('are each found in a text made of the phrase itself', () => {
    for (const [lang, entries] of Object.entries(PHRASES_BY_LANGUAGE)) {
      const matcher = new PhraseMatcher(entries);
      for (const entry of entries) {
        const text = `Before. ${entry.text.replace(/\*/g, 'ов').replace(/#/g, '12')} after.`;
        expect(texts(matcher.find(text)), `${lang}: "${entry.text}"`).toEqual(expect.arrayContaining([entry.text]));
        expect(texts(matcher.find(text.toUpperCase())), `${lang}: "${entry.text}" in capitals`).toEqual(expect.arrayContaining([entry.text]));
      }
    }
  });
});

describe('the precomputed phrase index', () => {
  it('is the index of the phrase files as they are now (else run `npm run gen:phrases`)', () => {
    expect(readFileSync(PHRASE_INDEX_MODULE_PATH, 'utf8')).toBe(phraseIndexModule());
  });
});

describe('PhraseMatcher', () => {
  it('matches whole words only, case-insensitively', () => {
    expect(match('Please DONATE today')).toContain('donate today');
    expect(match('the donated sum')).not.toContain('donate');
    expect(match('Subscribers only')).toContain('subscribers only');
  });

  it('expands stems (*) and numbers (#)', () => {
    expect(match('Подпишитесь на нашу рассылку')).toContain('рассылк*');
    expect(match('Осталось 3 бесплатных статьи')).toContain('осталось # бесплатн*');
    expect(match('You have 2 free articles left this month')).toEqual(expect.arrayContaining(['free articles left', 'you have # free']));
    expect(match('Subscribe for $1.99 a week')).toContain('subscribe for $#');
  });

  it('drops a short phrase inside a longer one that matched', () => {
    const found = match('Sign up for our newsletter');
    expect(found).toContain('sign up for our newsletter');
    expect(found).not.toContain('sign up');
  });

  it('finds stems and numbers next to punctuation and non-Latin text, and respects word ends there', () => {
    expect(match('«Поддержите нас» — подписка на рассылку!')).toEqual(expect.arrayContaining(['рассылк*']));
    expect(match('Nur noch 3 kostenlose Artikel…')).not.toContain('donate');
    expect(match('…donate…')).toContain('donate');
    expect(match('donateur')).not.toContain('donate');
  });

  it('refuses a phrase without a word to find it by', () => {
    expect(() => new PhraseMatcher([{ text: '$#', kind: 'subscription', weight: 1 }])).toThrow(/no word/);
  });

  it('says at once when a text cannot hold any phrase', () => {
    expect(defaultPhraseMatcher().find('The minister met his counterpart on Tuesday.')).toEqual([]);
    expect(match('Sign up for our NEWSLETTER')).toContain('sign up for our newsletter');
  });

  it('weighs words of everyday reporting as weak hints only (aid, support, donations in the news)', () => {
    const weights = new Map(Object.values(PHRASES_BY_LANGUAGE).flat().map((entry) => [entry.text, entry.weight]));
    for (const text of ['wsparci*', 'підтримк*', 'підтримати', 'пожертв*', 'abonnee*', 'prenumerera', 'subskrypcj*']) {
      expect(weights.get(text), text).toBe(0.5);
    }
    for (const text of ['steun', 'bijdrage', 'stöd', 'stötta']) expect(match(`De ${text} groeit.`), text).toEqual([]);
  });

  it('folds Turkish dotted and dotless i, whatever the case', () => {
    for (const text of ['BAĞIŞ YAPIN', 'Bağış yapın', 'bağış yapın']) expect(match(text), text).toContain('bağış yapın');
    expect(match('BÜLTENİMİZE ABONE OLUN')).toContain('bültenimize abone olun');
    expect(match('İstediğiniz zaman abonelikten çıkabilirsiniz.')).toContain('abonelikten çıkabilirsiniz');
  });

  it('reads Swiss and capitalised German ss as ß', () => {
    for (const text of ['Jetzt Abo abschließen', 'Jetzt Abo abschliessen', 'JETZT ABO ABSCHLIESSEN']) expect(match(text), text).toContain('abo abschließen');
  });

  it('reads Romanian s and t with a cedilla as the comma-below letters', () => {
    for (const text of ['Susține-ne!', 'Susţine-ne!', 'SUSȚINE-NE!']) expect(match(text), text).toContain('susține-ne');
  });

  it('unifies typographic apostrophes', () => {
    expect(match('Je m’inscris')).toContain("je m'inscris");
  });
});
