import { describe, expect, it } from 'vitest';
import { CURRENCY_SYMBOLS, ISO_CODES } from '../../src/core/figures/currencies.js';
import { figureLexiconFor } from '../../src/core/figures/figure-language.js';
import { keyStarts, leadingToken, mayStartWith } from '../../src/core/figures/key-starts.js';

describe('pre-check before the unit patterns', () => {
  const lexicon = figureLexiconFor(null);
  const groups = {
    scales: [...lexicon.scales.keys()],
    currencies: [...lexicon.currencyWords.keys(), ...ISO_CODES, ...CURRENCY_SYMBOLS.map(([symbol]) => symbol), ...lexicon.currencyLinks],
    percents: lexicon.percentWords,
  };

  it.each(Object.entries(groups))('lets every %s key through, in any case and after spaces or a hyphen', (_, keys) => {
    const starts = keyStarts(keys);
    for (const key of keys) {
      for (const written of [` ${key} rest`, `\u00a0${key.toUpperCase()}.`, `-${key}`]) expect(mayStartWith(leadingToken(written), starts), written).toBe(true);
    }
  });

  it('stops ordinary words and punctuation', () => {
    const starts = keyStarts(groups.currencies);
    for (const written of [' helicopters', ' people said', ', and', ' troops']) expect(mayStartWith(leadingToken(written), starts), written).toBe(false);
  });

  it('reads the run of letters in lower case, or the first other character', () => {
    expect(leadingToken('  Millionen Euro')).toBe('millionen');
    expect(leadingToken(' €')).toBe('€');
    expect(leadingToken('')).toBe('');
  });
});
