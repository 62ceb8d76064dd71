import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written quotes that quote someone else inside them. */
describe('a quotation inside a quotation', () => {
  const intro = 'Council member Rita Okafor spoke after the vote on Tuesday. The mayor, Paul Brennan, had pushed the plan for months.';

  it('is a quote of its own when a frame inside the outer quote names another speaker', () => {
    expect(quotes('en', intro,
      '“We all thought Brennan saying, ‘This plan will pay for itself within five years,’ would settle it, but nobody believed him,” Okafor said.',
    )).toEqual([
      ['We all thought Brennan saying, ‘This plan will pay for itself within five years,’ would settle it, but nobody believed him', 'Rita Okafor'],
      ['This plan will pay for itself within five years', 'Paul Brennan'],
    ]);
  });

  it('stays part of the outer quote when nothing gives it to someone else', () => {
    expect(quotes('en', intro,
      '“I told them, ‘No more delays on this project,’ and I meant it every single time,” Okafor said.',
    )).toEqual([['I told them, ‘No more delays on this project,’ and I meant it every single time', 'Rita Okafor']]);
  });

  it('stays part of the outer quote when its speaker is only a capitalised word', () => {
    expect(quotes('en', intro,
      '“Then Harmon said, ‘We will find the money somewhere in next year’s budget,’ and left the room,” Okafor said.',
    )).toEqual([['Then Harmon said, ‘We will find the money somewhere in next year’s budget,’ and left the room', 'Rita Okafor']]);
  });
});
