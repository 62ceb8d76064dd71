import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('a scale word whose count is an article or a half', () => {
  it.each([
    ['The company raised a billion dollars in its first year.', 'en', 'a billion dollars', 1e9, 'USD'],
    ['It will cost one million dollars to repair the bridge.', 'en', 'one million dollars', 1e6, 'USD'],
    ['The fund lost half a billion dollars last quarter.', 'en', 'half a billion dollars', 5e8, 'USD'],
    ['A million people marched through the capital.', 'en', 'A million people', 1e6, 'people'],
    ['El ayuntamiento pagó un millón de dólares por el solar.', 'es', 'un millón de dólares', 1e6, 'USD'],
    ['La multa asciende a medio millón de euros.', 'es', 'medio millón de euros', 5e5, 'EUR'],
    ['El contrato vale US$ un millón.', 'es', 'US$ un millón', 1e6, 'USD'],
    ['Le projet coûte un milliard d’euros à l’État.', 'fr', 'un milliard d’euros', 1e9, 'EUR'],
    ['Der Bund gibt eine Milliarde Euro für Schulen aus.', 'de', 'eine Milliarde Euro', 1e9, 'EUR'],
    ['Il governo stanzia un miliardo di euro per le scuole.', 'it', 'un miliardo di euro', 1e9, 'EUR'],
    ['La sanzione è di mezzo milione di euro.', 'it', 'mezzo milione di euro', 5e5, 'EUR'],
    ['Der Schaden beträgt eine halbe Million Euro.', 'de', 'halbe Million Euro', 5e5, 'EUR'],
    ['Eineinhalb Millionen Menschen sind betroffen.', 'de', 'Eineinhalb Millionen Menschen', 1.5e6, 'Menschen'],
    ['Проект обошёлся в миллиард рублей.', 'ru', 'миллиард рублей', 1e9, 'RUB'],
    ['Бюджет программы — полтора миллиарда рублей.', 'ru', 'полтора миллиарда рублей', 1.5e9, 'RUB'],
    ['Город потратил полмиллиона рублей на ремонт.', 'ru', 'полмиллиона рублей', 5e5, 'RUB'],
    ['Фонд выделил один миллион долларов.', 'ru', 'один миллион долларов', 1e6, 'USD'],
    ['На акцию вышли более миллиона человек.', 'ru', 'миллиона человек', 1e6, 'человек'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('keeps the article with a spelled hundred', () => {
    expect(figures('A hundred people were evacuated.', 'en')).toEqual([['A hundred people', 100, 'people']]);
  });

  it('leaves sayings and a lone article or one alone', () => {
    expect(figures('Her chances were one in a million, and thanks a million, she said.', 'en')).toEqual([]);
    expect(figures('He bought a car and one house.', 'en')).toEqual([]);
    expect(figures('The million-dollar question remains.', 'en')).toEqual([]);
    expect(figures('Сотни миллионов рублей ушли на рекламу, а миллионы людей этого не заметили.', 'ru')).toEqual([]);
    expect(figures('Это случилось полтора года назад.', 'ru')).toEqual([]);
  });
});
