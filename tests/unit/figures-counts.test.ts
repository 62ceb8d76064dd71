import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures.js';
import { figureLexiconFor } from '../../src/core/figures/figure-language.js';
import { extractFigures } from '../../src/core/figures/extract-figures.js';

function figures(sentence: string, lang: string | null = 'en'): Array<[string, number, string | null]> {
  return findFigures(sentence, figureLexiconFor(lang), lang).map((figure) => [figure.text, figure.value, figure.unit]);
}

describe('counts with their noun', () => {
  it('names the counted noun, past adjectives and compounds', () => {
    expect(figures('Russia signed a deal to buy two French-made Mistral-class amphibious assault ships that can carry up to 16 helicopters and 450 troops.')).toEqual([
      ['two French-made Mistral-class amphibious assault ships', 2, 'ships'],
      ['16 helicopters', 16, 'helicopters'],
      ['450 troops', 450, 'troops'],
    ]);
  });

  it('reads spelled-out numbers and scales', () => {
    expect(figures('A dozen soldiers and three million people were affected.')).toEqual([
      ['A dozen soldiers', 12, 'soldiers'],
      ['three million people', 3e6, 'people'],
    ]);
    expect(figures('More than 5,000 employees lost their jobs.')).toEqual([['5,000 employees', 5000, 'employees']]);
  });

  it('takes the noun that follows in German and Russian, the first noun in French, Spanish and Italian', () => {
    expect(figures('zwei Schiffe und 16 Hubschrauber', 'de')).toEqual([['zwei Schiffe', 2, 'Schiffe'], ['16 Hubschrauber', 16, 'Hubschrauber']]);
    expect(figures('deux navires et 16 hélicoptères français', 'fr')).toEqual([['deux navires', 2, 'navires'], ['16 hélicoptères', 16, 'hélicoptères']]);
    expect(figures('dos barcos y 16 helicópteros', 'es')).toEqual([['dos barcos', 2, 'barcos'], ['16 helicópteros', 16, 'helicópteros']]);
    expect(figures('due navi e 16 elicotteri', 'it')).toEqual([['due navi', 2, 'navi'], ['16 elicotteri', 16, 'elicotteri']]);
    expect(figures('два корабля и 16 вертолетов', 'ru')).toEqual([['два корабля', 2, 'корабля'], ['16 вертолетов', 16, 'вертолетов']]);
  });

  it('ends a Russian count at its noun, past its adjectives, before the verb', () => {
    expect(figures('В субботу 1200 новых участников вышли на улицы.', 'ru')).toEqual([['1200 новых участников', 1200, 'участников']]);
    expect(figures('Около 40 тысяч жителей подписали петицию против стройки.', 'ru')).toEqual([['40 тысяч жителей', 40000, 'жителей']]);
  });

  it('does not count durations as key figures', () => {
    expect(figures('Поездка займет двадцать минут и два дня.', 'ru')).toEqual([]);
    expect(figures('Die Reise dauert zwanzig Minuten.', 'de')).toEqual([]);
    expect(figures('The trip takes twenty minutes.')).toEqual([]);
  });

  it('skips a noun that is really a verb after the number', () => {
    expect(figures('Of the passengers, 12 died at the scene.')).toEqual([]);
  });
});

describe('ranges, measures and years', () => {
  it('reports a span of years but not a lone year', () => {
    expect(figures('He was minister in 2007-2012.')).toEqual([['2007-2012', 2007, null]]);
    expect(figures('He was minister between 2007 and 2012.')).toEqual([['2007 and 2012', 2007, null]]);
    expect(figures('In 2011, the law changed.')).toEqual([]);
  });

  it('reads units of measure', () => {
    expect(figures('The border is 300 km away.')).toEqual([['300 km', 300, 'km']]);
    expect(figures('Temperatures reached 40 °C and the 500 MW plant shut down.')).toEqual([['40 °C', 40, '°C'], ['500 MW', 500, 'MW']]);
    expect(figures('The spill covered 12 miles of coast and 3,000 tonnes of oil.')).toEqual([['12 miles', 12, 'mi'], ['3,000 tonnes', 3000, 't']]);
  });
});

describe('counted nouns linked to a scale word', () => {
  it.each([
    ['Plus de 3 millions de personnes ont manifesté samedi.', 'fr', '3 millions de personnes', 3e6, 'personnes'],
    ['La ville compte 1,2 million d’habitants.', 'fr', '1,2 million d’habitants', 1.2e6, 'habitants'],
    ['Un millón de personas salieron a la calle.', 'es', 'Un millón de personas', 1e6, 'personas'],
    ['Sono 2 milioni di persone senza lavoro.', 'it', '2 milioni di persone', 2e6, 'persone'],
  ])('%s', (sentence, lang, text, value, noun) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, noun]);
  });

  it('does not link past an article to a noun', () => {
    expect(figures('Some 3 million of the 10 million voters stayed home.')).toContainEqual(['3 million', 3e6, null]);
  });
});

describe('page furniture and non-figures', () => {
  it.each([
    ['By Alexey Eremenko · March 12, 2013'],
    ['The meeting starts at 10:30 a.m. on Tuesday.'],
    ['She finished 1st in the race.'],
    ['Call 555-1234 for details.'],
    ['No one came, and someone left; one of them cried.'],
    ['He was the first to arrive.'],
    ['1. Preheat the oven'],
  ])('%s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('reads an amount next to a month as an amount, a bare number there as a day', () => {
    expect(figures('Budget lines: $ 2,500.00 $ 1,840.75 February travel.')).toEqual([['$ 2,500.00', 2500, 'USD'], ['$ 1,840.75', 1840.75, 'USD']]);
    expect(figures('The board meets 14 February to approve the plan.')).toEqual([]);
  });
});

describe('number words inside names', () => {
  const texts = (text: string, lang: string) => extractFigures([{ kind: 'paragraph', text }], { lang }).map((figure) => figure.text);

  it('reads a capitalised number word before a capitalised word as part of a name', () => {
    expect(texts('Rare pygmy whales washed up on Ninety Mile Beach in Northland on Tuesday morning.', 'en')).toEqual([]);
    expect(texts('The accident at Three Mile Island in 1979 led to new safety rules for 40 reactors.', 'en')).toEqual(['40 reactors']);
  });

  it('still counts a number word that starts the sentence or stands in lower case', () => {
    expect(texts('Seven Americans were among the passengers on the delayed flight.', 'en')).toContain('Seven Americans');
    expect(texts('Rescuers found ninety whales on the beach in Northland on Tuesday.', 'en')).toContain('ninety whales');
  });

  it('trusts capitals only where they mark names: not in German, where every noun has one, nor in an unknown language', () => {
    expect(figureLexiconFor('en').capitalsMarkNames).toBe(true);
    expect(figureLexiconFor('fr').capitalsMarkNames).toBe(true);
    expect(figureLexiconFor('de').capitalsMarkNames).toBe(false);
    expect(figureLexiconFor(null).capitalsMarkNames).toBe(false);
  });
});
