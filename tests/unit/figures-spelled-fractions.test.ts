import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('spelled fractions of a per cent', () => {
  it.each([
    ['El IPC subió dos quintos por ciento en abril.', 'es', 'dos quintos por ciento', 0.4, '%'],
    ['La comisión es de un décimo por ciento.', 'es', 'un décimo por ciento', 0.1, '%'],
    ['El margen fue de cuatro con tres onceavos por ciento.', 'es', 'cuatro con tres onceavos por ciento', Number((4 + 3 / 11).toPrecision(12)), '%'],
    ['El bono paga siete dosmilésimos por ciento.', 'es', 'siete dosmilésimos por ciento', 0.0035, '%'],
    ['El paro bajó dos y medio por ciento.', 'es', 'dos y medio por ciento', 2.5, '%'],
    ['Wages rose three and a quarter percent.', 'en', 'three and a quarter percent', 3.25, '%'],
    ['The bank cut rates by a quarter percent.', 'en', 'a quarter percent', 0.25, '%'],
    ['Die Zinsen stiegen um drei Viertel Prozent.', 'de', 'drei Viertel Prozent', 0.75, '%'],
    ['Die Inflation lag zuletzt bei zweieinhalb Prozent.', 'de', 'zweieinhalb Prozent', 2.5, '%'],
    ['Die EZB senkte den Leitzins um einen halben Prozentpunkt.', 'de', 'einen halben Prozentpunkt', 0.5, '%'],
    ['Il PIL è cresciuto del tre e mezzo per cento.', 'it', 'tre e mezzo per cento', 3.5, '%'],
    ['The Fed raised rates by half a percentage point.', 'en', 'half a percentage point', 0.5, '%'],
    ['The bank cut by a quarter of a percentage point.', 'en', 'a quarter of a percentage point', 0.25, '%'],
    ['El Banco de España prevé que el PIB suba medio punto porcentual.', 'es', 'medio punto porcentual', 0.5, '%'],
    ['La BCE ha alzato i tassi di un quarto di punto percentuale.', 'it', 'un quarto di punto percentuale', 0.25, '%'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('reads a quarter of a percentage point as 0.25 points, not as a quarter of something', () => {
    expect(figures('The bank cut by a quarter of a percentage point.', 'en')).toHaveLength(1);
    expect(figures('Half the voters and a quarter of the members stayed home.', 'en')).toEqual([['Half', 50, '%'], ['a quarter', 25, '%']]);
  });

  it('reads fraction words only before a percent word', () => {
    expect(figures('Vive en el quinto piso desde hace dos quintos de siglo.', 'es')).not.toContainEqual(expect.arrayContaining(['%']));
    expect(figures('A quarter mile from the border.', 'en')).toEqual([]);
  });

  it.each([
    ['Zwei Drittel der Wähler lehnen den Plan ab.', 'de', 'Zwei Drittel', 66.7],
    ['Dos tercios de los votos fueron para el oficialismo.', 'es', 'Dos tercios', 66.7],
    ['Les trois quarts des salariés ont fait grève.', 'fr', 'trois quarts', 75],
    ['Due terzi degli elettori sono andati a votare.', 'it', 'Due terzi', 66.7],
    ['Two thirds of voters backed the plan.', 'en', 'Two thirds', 66.7],
  ])('reads a spelled share as a share, not a count of fraction words: %s', (sentence, lang, text, value) => {
    expect(figures(sentence, lang)).toEqual([[text, value, '%']]);
  });

  it('does not also report the share a fraction phrase names', () => {
    expect(figures('Die Zinsen stiegen um drei Viertel Prozent.', 'de')).toHaveLength(1);
  });
});
