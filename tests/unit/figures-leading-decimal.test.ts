import { describe, expect, it } from 'vitest';
import { figures } from './helpers/figure-triples.js';

describe('decimals written without their leading zero', () => {
  it.each([
    ['The Fed moved rates by .25 percent.', 'en', '.25 percent', 0.25, '%'],
    ['El euríbor subió ,08 por ciento en marzo.', 'es', ',08 por ciento', 0.08, '%'],
    ['Die Rendite fiel um ,5% (nach ,75%).', 'de', ',5%', 0.5, '%'],
  ])('%s', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('needs a space or a bracket before the mark, so codes and lists stay apart', () => {
    expect(figures('Version 3.2.1 is out; see example.com/a,5 for notes.', 'en')).toEqual([]);
    expect(figures('Er kaufte 3,5 kg Äpfel.', 'de')).toContainEqual(['3,5 kg', 3.5, 'kg']);
  });
});

describe('a written fraction before a per cent sign', () => {
  it('reads "1/4%" as a quarter of a per cent, and leaves other slashes alone', () => {
    expect(figures('The Fed added 1/4% to the rate.', 'en')).toEqual([['1/4%', 0.25, '%']]);
    expect(figures('The home side won 3/4 and 2/1 in the cup.', 'en')).toEqual([]);
  });

  it('does not read the exponent of a notation as a figure', () => {
    expect(figures('Le facteur vaut 2^10 fois plus.', 'fr')).toEqual([]);
  });
});
