import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../src/core/furniture-lines.js';
import { stripDateline } from '../../src/core/summary/dateline.js';

describe('stripDateline', () => {
  it.each([
    ['(CNN) A gray whale has set a record.', 'A gray whale has set a record.'],
    ['Rome (CNN) -- Italy is coping with migrants.', 'Italy is coping with migrants.'],
    ['MOSCOW (Reuters) — Russia said on Monday it would respond.', 'Russia said on Monday it would respond.'],
    ['LONDON, March 5 (AP) - Britain said it would act.', 'Britain said it would act.'],
    ['WASHINGTON — The Senate voted on Tuesday.', 'The Senate voted on Tuesday.'],
    ['FAIRVIEW, W.Va. - The coal was piled high.', 'The coal was piled high.'],
    ['BERLIN (dpa) – Die Regierung hat entschieden.', 'Die Regierung hat entschieden.'],
    ['МОСКВА, 5 марта. /ТАСС/. Президент подписал указ.', 'Президент подписал указ.'],
  ])('removes the dateline of %j', (input, expected) => {
    expect(stripDateline(input)).toBe(expected);
  });

  it.each([
    'NATO said on Monday it would send more troops.',
    'A U.S. official — who asked not to be named — confirmed the talks.',
    'Russia is interested in buying military technology (not weapons) from abroad.',
  ])('leaves %j alone', (sentence) => {
    expect(stripDateline(sentence)).toBe(sentence);
  });
});

describe('isBoilerplate', () => {
  it.each([
    'By Jane Smith',
    'By Alexey Eremenko · March 12, 2024',
    'Von Max Muster und Erika Muster',
    'By . Daily Mail Reporter .',
    'Photo: AP',
    'The minister arrives in Kyiv (Photo by John Doe/Getty Images)',
    'Read more: Why the ruble fell',
    'Related: Putin signs the law',
    'Lesen Sie auch: Die Bahn streikt wieder',
    'Читайте также: Рубль упал',
    'Published: 12:05 EST, 5 March 2015',
    'Share this article',
    'Sign up for our weekly newsletter.',
    '© 2024 Example News. All rights reserved.',
    'In this photo dated Tuesday, Nov. 29, 2016, the rocket is installed on a launch pad.',
    'In this Nov. 29, 2016 file photo, the rocket stands on its pad.',
    'FILE - The rocket on its launch pad in Baikonur.',
  ])('flags %j', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(true);
  });

  it.each([
    'By Tuesday, Smith had left the city.',
    'He read more books than anyone in his class.',
    'The photo was taken in 2019 by a passer-by.',
    'Published figures show inflation slowed in March.',
    'In this city, photo radar cameras were switched off in 2019.',
  ])('keeps %j', (sentence) => {
    expect(isBoilerplate(sentence)).toBe(false);
  });
});
