import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('spelled numbers written as one word or joined by a link word', () => {
  it.each([
    ['Die Zustimmung lag bei siebenunddreißig Prozent.', 'de', 'siebenunddreißig Prozent', 37, '%'],
    ['Der Verband zählt zweihundert Mitglieder.', 'de', 'zweihundert Mitglieder', 200, 'Mitglieder'],
    ['Il consenso è salito al ventotto per cento.', 'it', 'ventotto per cento', 28, '%'],
    ['La tasa llegó al veintidós por ciento.', 'es', 'veintidós por ciento', 22, '%'],
    ['Votó el cuarenta y cinco por ciento del censo.', 'es', 'cuarenta y cinco por ciento', 45, '%'],
    ['Se vendieron trescientos cuarenta y dos pisos.', 'es', 'trescientos cuarenta y dos pisos', 342, 'pisos'],
    ['La participation atteint soixante-douze pour cent.', 'fr', 'soixante-douze pour cent', 72, '%'],
    ['Ils ont recruté quatre-vingt-dix agents.', 'fr', 'quatre-vingt-dix agents', 90, 'agents'],
    ['The club sold two hundred and fifty tickets.', 'en', 'two hundred and fifty tickets', 250, 'tickets'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('keeps two numbers joined by "and" apart unless they are parts of one number', () => {
    expect(figures('They sent two and then three more patrols.', 'en')).not.toContainEqual(expect.arrayContaining([5]));
    expect(figures('Between twenty and thirty boats sank.', 'en')).not.toContainEqual(['twenty and thirty boats', 50, 'boats']);
  });
});

describe('signed numbers', () => {
  it.each([
    ['Output shrank by -0.4% in the quarter.', '-0.4%', -0.4, '%'],
    ['Overnight it fell to −12°C in the valley.', '−12°C', -12, '°C'],
    ['Margins were minus five percent last year.', 'minus five percent', -5, '%'],
    ['Markets: DAX (+1.2%), FTSE (-0.4%).', '+1.2%', 1.2, '%'],
  ])('%s', (sentence, text, value, unit) => {
    expect(figures(sentence, 'en')).toContainEqual([text, value, unit]);
  });

  it('keeps hyphens between numbers and inside names as they were', () => {
    expect(figures('Covid-19 closed 40 schools.', 'en')).toEqual([['40 schools', 40, 'schools']]);
    expect(figures('Prices rose 10-15% this spring.', 'en')).toContainEqual(['10-15%', 10, '%']);
  });

  it('reads no figure from a phone number or a sum after a plus sign', () => {
    expect(figures('Call +44 20 7946 0958 to book 3 tickets.', 'en')).toEqual([['3 tickets', 3, 'tickets']]);
    expect(figures('Children of 12+ years and 1+1 offers.', 'en')).toEqual([]);
  });
});

describe('currency words across languages', () => {
  it.each([
    ['The yard was bought for 40 million US dollars.', 'en', '40 million US dollars', 40e6, 'USD'],
    ['The 1988 deal was worth 30 million Dutch guilders.', 'en', '30 million Dutch guilders', 30e6, 'NLG'],
    ['El banco prestó 120 millones de yenes.', 'es', '120 millones de yenes', 120e6, 'JPY'],
    ['La empresa ingresó 3 millones de dólares canadienses.', 'es', '3 millones de dólares canadienses', 3e6, 'CAD'],
    ['Le club a payé 4,5 millions de $ c pour le joueur.', 'fr', '4,5 millions de $ c', 4.5e6, 'CAD'],
    ['Le groupe a levé 800 millions de yuans.', 'fr', '800 millions de yuans', 800e6, 'CNY'],
    ['La società ha perso 12 milioni di dollari australiani.', 'it', '12 milioni di dollari australiani', 12e6, 'AUD'],
    ['Die Firma zahlte 7 Millionen kanadische Dollar.', 'de', '7 Millionen kanadische Dollar', 7e6, 'CAD'],
    ['Сделка оценена в 40 млн юаней.', 'ru', '40 млн юаней', 40e6, 'CNY'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('does not read "$ c" into the French word that follows the sign', () => {
    expect(figures("Il a payé 20 $ c'est tout.", 'fr')).toContainEqual(['20 $', 20, 'USD']);
  });
});

describe('numbers inside URLs', () => {
  it('reads no figure from query strings or URL-encoded text', () => {
    expect(figures('See https://example.org/search?q=30%25%20off&id=17859 for details.', 'en')).toEqual([]);
  });
});

describe('spelled decimals', () => {
  it.each([
    ['Inflation was zero point five percent in May.', 'en', 'zero point five percent', 0.5, '%'],
    ['Growth slowed to two point three five percent.', 'en', 'two point three five percent', 2.35, '%'],
    ['La inflación fue del dos coma cinco por ciento.', 'es', 'dos coma cinco por ciento', 2.5, '%'],
    ['Die Quote sank auf drei Komma zwei Prozent.', 'de', 'drei Komma zwei Prozent', 3.2, '%'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('keeps "point" a word before a plain noun: "at one point three men" is three men', () => {
    expect(figures('At one point three men entered the building.', 'en')).toEqual([['three men', 3, 'men']]);
    expect(figures('The project cost two point five billion dollars.', 'en')).toEqual([['two point five billion dollars', 2_500_000_000, 'USD']]);
  });

  it('reads "points" as a word, not a decimal point', () => {
    expect(figures('The team scored twenty points and three goals.', 'en')).toContainEqual(['twenty points', 20, 'points']);
  });
});
