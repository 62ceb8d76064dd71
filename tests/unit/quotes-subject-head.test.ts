import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('which words before the verb are its subject', () => {
  it('does not take a name inside an opening clause for the subject described after the comma', () => {
    expect(quotes('en',
      'Senator Ruth Adler spoke in Burlington on Friday.',
      'As for whether Adler still resents Governor Tom Hale after the primary, the senator said she felt “no anger at all, only relief.”',
    )).toEqual([['no anger at all, only relief.', 'Ruth Adler']]);
  });

  it('reads "X, now the majority leader, who …" as a description of X', () => {
    expect(quotes('en',
      'Obama has long clashed with Senator Mitch Cole, now the Senate majority leader, who in 2012 said his goal was to make Obama a “one-term president.”',
    )).toEqual([['one-term president.', 'Mitch Cole']]);
  });

  it('does the same in Spanish', () => {
    expect(quotes('es',
      'La ministra Ana Ruiz habló el viernes en Sevilla.',
      'Preguntada si Ruiz todavía culpa al alcalde Carlos Vega de la derrota, la ministra dijo que no siente “ningún rencor”.',
    )).toEqual([['ningún rencor', 'Ana Ruiz']]);
  });
});
