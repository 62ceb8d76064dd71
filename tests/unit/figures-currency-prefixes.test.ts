import { describe, expect, it } from 'vitest';
import { currencyBefore } from '../../src/core/figures/currency-before.js';
import { figuresInText } from '../../src/core/figures/figures-in-text.js';

/** [text, value, unit] of every money figure in a sentence. */
function money(sentence: string, lang: string | null = 'en'): Array<[string, number, string | null]> {
  return figuresInText(sentence, lang).filter((figure) => figure.kind === 'money').map((figure) => [figure.text, figure.value, figure.unit]);
}

describe('currency written before a number', () => {
  it.each([
    ['The mine changed hands for c $ 2.5 million last spring.', 'c $ 2.5 million', 2.5e6, 'CAD'],
    ['Exports reached hk $ 4.1 billion in the year.', 'hk $ 4.1 billion', 4.1e9, 'HKD'],
    ['The U.S. $ 20 million grant was approved.', 'U.S. $ 20 million', 20e6, 'USD'],
    ['Tickets went for NZD$ 40 at the gate.', 'NZD$ 40', 40, 'NZD'],
    ['A fine of aud$90 was paid in cash.', 'aud$90', 90, 'AUD'],
    ['The province spent U$D 12 millones on roads.', 'U$D 12 millones', 12e6, 'USD'],
    ['Drivers paid Rs. 450 for the permit.', 'Rs. 450', 450, 'INR'],
    ['The tea cost ₾ 7 in Tbilisi.', '₾ 7', 7, 'GEL'],
  ])('%s', (sentence, text, value, unit) => {
    expect(money(sentence, /millones/.test(sentence) ? 'es' : 'en')).toContainEqual([text, value, unit]);
  });

  it('keeps an article before "$" out of the currency: "a $5 fee" is US dollars', () => {
    expect(money('They charge a $5 fee per bag.')).toEqual([['$5', 5, 'USD']]);
  });

  it('reads ISO codes and letter symbols only as written, not lower-cased words', () => {
    expect(currencyBefore('worth EUR ')).toEqual({ code: 'EUR', length: 4 });
    expect(currencyBefore('the eur ')).toBeNull();
    expect(currencyBefore('in Paris. ')).toBeNull();
  });

  it('finds nothing when the text before the number ends in an ordinary word or a digit', () => {
    expect(currencyBefore('rose by ')).toBeNull();
    expect(currencyBefore('10 ')).toBeNull();
    expect(currencyBefore('')).toBeNull();
  });
});
