import { describe, expect, it } from 'vitest';
import { spanishDenominator } from '../../src/core/figures/lang/es-fraction-words.js';
import { figures } from './helpers/figure-triples.js';

describe('Spanish fraction words read by their endings', () => {
  it.each([
    ['quintos', 5], ['décimas', 10], ['centésima', 100], ['onceavo', 11], ['oncavos', 11], ['dozavo', 12],
    ['dieciseisavos', 16], ['veintavo', 20], ['veintiunavos', 21], ['treintaicincoavos', 35], ['cuarentavo', 40],
    ['milésimas', 1000], ['diezmilésimo', 1e4], ['veintemilésimas', 2e4], ['cienmilésimo', 1e5],
    ['millonésima', 1e6], ['milmillonésimo', 1e9], ['billonésimo', 1e12],
  ])('%s divides by %d', (word, value) => {
    expect(spanishDenominator(word)).toBe(value);
  });

  it.each(['centavos', 'bravo', 'esclavos', 'nuevo', 'octavilla', 'mismo', 'último', 'unavo'])('%s is no fraction word', (word) => {
    expect(spanishDenominator(word)).toBeUndefined();
  });

  it.each([
    ['La rentabilidad del bono fue de tres diezmilésimas por ciento.', 'tres diezmilésimas por ciento', 0.0003],
    ['El desvío equivale a una millonésima por ciento del total.', 'una millonésima por ciento', 1e-6],
    ['La comisión subió a siete treintaicincoavos por ciento.', 'siete treintaicincoavos por ciento', 0.2],
    ['El recargo es de cinco veintavos por ciento.', 'cinco veintavos por ciento', 0.25],
    ['La prima bajó dos décimas por ciento en mayo.', 'dos décimas por ciento', 0.2],
  ])('%s', (sentence, text, value) => {
    expect(figures(sentence, 'es')).toContainEqual([text, value, '%']);
  });

  it('leaves fraction words that no percent word follows alone', () => {
    const found = figures('El paro bajó dos décimas y el banco ganó tres centavos por acción.', 'es');
    expect(found.filter(([, , unit]) => unit === '%')).toEqual([]);
  });
});
