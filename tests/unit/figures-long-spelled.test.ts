import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('spelled numbers with scale words inside them', () => {
  it.each([
    ['El censo sumó dos millones trescientos mil cuatrocientos doce votantes.', 'es', 'dos millones trescientos mil cuatrocientos doce votantes', 2300412, 'votantes'],
    ['La deuda creció un cuatro mil doscientos por ciento en diez años.', 'es', 'cuatro mil doscientos por ciento', 4200, '%'],
    ['The fund grew by three thousand four hundred and five percent.', 'en', 'three thousand four hundred and five percent', 3405, '%'],
    ['Die Stadt zählt drei Millionen zweihundert Einwohner mehr.', 'de', 'drei Millionen zweihundert Einwohner', 3000200, 'Einwohner'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('keeps a last scale that multiplies only its own group', () => {
    expect(figures('The fund sold one million two hundred thousand shares.', 'en')).toContainEqual(['one million two hundred thousand shares', 1.2e6, 'shares']);
  });

  it('leaves a scale at the end of the number to the unit reader', () => {
    expect(figures('They raised two million euros.', 'en')).toContainEqual(['two million euros', 2e6, 'EUR']);
    expect(figures('Se gastaron tres mil millones de dólares.', 'es')).toContainEqual(['tres mil millones de dólares', 3e9, 'USD']);
  });
});

describe('spelled decimals with several digits after the decimal word', () => {
  it.each([
    ['La inflación cerró en doce coma treinta y cinco por ciento.', 'es', 'doce coma treinta y cinco por ciento', 12.35, '%'],
    ['El bono rinde cuatro con setenta y cinco por ciento.', 'es', 'cuatro con setenta y cinco por ciento', 4.75, '%'],
    ['Growth was two point seven five percent.', 'en', 'two point seven five percent', 2.75, '%'],
    ['Le chômage touche huit virgule quarante pour cent des actifs.', 'fr', 'huit virgule quarante pour cent', 8.4, '%'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('reads "con" as a decimal only before a unit', () => {
    expect(figures('Llegaron siete con cuarenta soldados.', 'es')).not.toContainEqual(expect.arrayContaining([7.4]));
  });
});

describe('numbers below a thousand written as one word', () => {
  it.each([
    ['Der Umsatz wuchs um einhundertneunundneunzig Prozent.', 'de', 'einhundertneunundneunzig Prozent', 199, '%'],
    ['Es kamen zweihundertdrei Gäste.', 'de', 'zweihundertdrei Gäste', 203, 'Gäste'],
    ['Es kamen zweitausend Gäste.', 'de', 'zweitausend Gäste', 2000, 'Gäste'],
    ['Il debito è salito del duecentottanta per cento.', 'it', 'duecentottanta per cento', 280, '%'],
    ['Sono arrivati centotré migranti.', 'it', 'centotré migranti', 103, 'migranti'],
    ['Hanno firmato duemila medici.', 'it', 'duemila medici', 2000, 'medici'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });
});

describe('Italian "percentuale" after a number', () => {
  it('reads it as per cent', () => {
    expect(figures('Il rialzo è del 12 percentuale.', 'it')).toContainEqual(['12 percentuale', 12, '%']);
  });
});
