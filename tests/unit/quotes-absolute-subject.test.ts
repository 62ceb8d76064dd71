import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** "…, with X — aside — attacking the plan": X is the subject of that clause, not a prepositional object. */
describe('a name that "with" opens an -ing clause for', () => {
  it('takes the pronoun after a dash-delimited aside ("with Karen Dowell — who … — attacking")', () => {
    expect(quotes('en',
      'Some renters would pay more under the plan, said Vera Lind, an economist at the Orchard Institute.',
      'The levy has become a major issue in the race, with Karen Dowell — who has called for a lower rate — attacking the plan.',
      '“This plan asks the most from those who have the least,” she said at the debate.',
    )).toEqual([['This plan asks the most from those who have the least', 'Karen Dowell']]);
  });

  it('takes the pronoun when the -ing verb follows the name directly', () => {
    expect(quotes('en',
      'Vera Lind, an economist, presented the figures on Monday.',
      'The hearing ended early, with Karen Dowell walking out of the room.',
      '“I have heard enough,” she said.',
    )).toEqual([['I have heard enough', 'Karen Dowell']]);
  });

  it('leaves a name after "with" an object when no -ing verb follows ("with Karen Dowell at her side")', () => {
    expect(quotes('en',
      'Vera Lind, an economist, presented the figures on Monday, with Karen Dowell at her side.',
      '“The numbers speak for themselves,” she said.',
    )).toEqual([['The numbers speak for themselves', 'Vera Lind']]);
  });
});
