import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('cents after a whole amount', () => {
  it.each([
    ['A ticket now costs twelve dollars and fifty cents.', 'en', 'twelve dollars and fifty cents', 12.5, 'USD'],
    ['The meal was 9 dollars 75 cents before tax.', 'en', '9 dollars 75 cents', 9.75, 'USD'],
    ['El café cuesta 2 euros con 40 céntimos.', 'es', '2 euros con 40 céntimos', 2.4, 'EUR'],
    ['Il biglietto costa 1 euro e 70 centesimi.', 'it', '1 euro e 70 centesimi', 1.7, 'EUR'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it.each([
    ['Le menu revient à 18 euros 90.', 'fr', '18 euros 90', 18.9, 'EUR'],
    ['La entrada cuesta 12 euros con 30.', 'es', '12 euros con 30', 12.3, 'EUR'],
    ['The cab fare came to eleven dollars twenty', 'en', 'eleven dollars twenty', 11.2, 'USD'],
  ])('reads a price said without its cents word at the end of a clause: %s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('keeps a price without cents word apart from a number after a comma or of one digit', () => {
    expect(figures('They paid 15 dollars, 50 more came.', 'en')).toContainEqual(['15 dollars', 15, 'USD']);
    expect(figures('Each got 15 dollars 5.', 'en')).toContainEqual(['15 dollars', 15, 'USD']);
  });

  it('needs a cents word in mid-clause, so a following count stays apart', () => {
    expect(figures('They paid 15 dollars 50 times over.', 'en')).toContainEqual(['15 dollars', 15, 'USD']);
  });

  it('adds no cents to scaled amounts', () => {
    expect(figures('The fund lost 5 million dollars and 3 cents per share.', 'en')).toContainEqual(['5 million dollars', 5e6, 'USD']);
  });
});

describe('sub-units and loose percent words', () => {
  it('counts pence as what they are', () => {
    expect(figures('Shares closed at 212 pence on Friday.', 'en')).toContainEqual(['212 pence', 212, 'pence']);
  });

  it('reads "percentage" and "pourcentage" after a number as per cent', () => {
    expect(figures('Support stood at forty percentage among the young.', 'en')).toContainEqual(['forty percentage', 40, '%']);
    expect(figures('Le taux atteint 12 pourcentage.', 'fr')).toContainEqual(['12 pourcentage', 12, '%']);
    expect(figures('Support fell 2 percentage points.', 'en')).toContainEqual(['2 percentage points', 2, '%']);
  });
});
