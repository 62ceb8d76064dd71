import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('a percent word before its number', () => {
  it.each([
    ['The levy is set at a percent of 3.', 'en', 'percent of 3', 3, '%'],
    ['Unions asked for a per cent of fifteen.', 'en', 'per cent of fifteen', 15, '%'],
    ['La taxe monte à un pourcentage de douze.', 'fr', 'pourcentage de douze', 12, '%'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('leaves numbers that count something, years and ages alone', () => {
    expect(figures('The percentage of 18-year-olds voting rose.', 'en')).toEqual([]);
    expect(figures('The percentage of 2019 was a record.', 'en')).toEqual([]);
    expect(figures('The percentage of 12 schools was low.', 'en')).toEqual([['12 schools', 12, 'schools']]);
  });

  it('does not read a second percentage after one already found', () => {
    expect(figures('Some 5 percent of 10 voters stayed home.', 'en')).toEqual([['5 percent', 5, '%'], ['10 voters', 10, 'voters']]);
  });
});
