import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('percent words news writes', () => {
  it.each([
    ['La Banque de France a relevé son taux de 0,3 point de pourcentage.', 'fr', '0,3 point de pourcentage', 0.3],
    ['Der Anteil stieg um 3,5 Prozentpunkten auf 41 Prozent.', 'de', '3,5 Prozentpunkten', 3.5],
    ['Die Partei scheiterte an der 5-Prozent-Hürde.', 'de', '5-Prozent', 5],
    ['Ставка выросла на 0,5 процентного пункта.', 'ru', '0,5 процентного пункта', 0.5],
    ['El paro subió 0,5 punto porcentual en junio.', 'es', '0,5 punto porcentual', 0.5],
    ['Lo spread è calato di 0,5 punto percentuale.', 'it', '0,5 punto percentuale', 0.5],
    ['Inflation hit 5.4pc in May, the highest in a decade.', 'en', '5.4pc', 5.4],
    ['Staff were offered a 3-percent raise.', 'en', '3-percent', 3],
  ])('%s', (sentence, lang, text, value) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, '%']);
  });

  it('reads "PC" in capitals as computers, not per cent', () => {
    expect(figures('The school bought 40 PC monitors.', 'en')).toEqual([['40 PC monitors', 40, 'monitors']]);
  });
});
