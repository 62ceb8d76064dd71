import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('one per cent, written with a word for one', () => {
  it.each([
    ['The deficit fell to one per cent of GDP.', 'en', 'one per cent', 1],
    ['Rates rose a percentage point in a year.', 'en', 'a percentage point', 1],
    ['Le PIB a progressé d’un pour cent au premier trimestre.', 'fr', 'un pour cent', 1],
    ['Die Wirtschaft schrumpfte um ein Prozent.', 'de', 'ein Prozent', 1],
    ['Die Notenbank hob den Zins um einen Prozentpunkt an.', 'de', 'einen Prozentpunkt', 1],
    ['Il PIL è sceso di un per cento.', 'it', 'un per cento', 1],
    ['Рост составил менее одного процента.', 'ru', 'одного процента', 1],
  ])('%s', (sentence, lang, text, value) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, '%']);
  });

  it('reads no 1 % from the noun "percentage" or from a URL', () => {
    expect(figures('Investors kept a percentage of the profits.', 'en')).toEqual([]);
    expect(figures('Il garde un pourcentage des ventes.', 'fr')).toEqual([]);
    expect(figures('See proquest.umi.com/pqdweb?SQ=design%20a%20dog%29 for details.', 'en')).toEqual([]);
  });
});
