import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('which words around a quote frame it', () => {
  it('does not read a subordinate clause after the quote as its frame', () => {
    expect(quotes('en',
      'The new ad ends with footage of Senator Dan Price saying at a town hall last year, “Taxes are for suckers,” when Governor Ellen Ward challenged him.',
    )).toEqual([['Taxes are for suckers', 'Dan Price']]);
  });

  it('takes the name right before a participle for its subject', () => {
    expect(quotes('en', 'Cameras caught Mayor Ellen Ward telling a volunteer that the plan was “dead on arrival.”'))
      .toEqual([['dead on arrival.', 'Ellen Ward']]);
  });

  it('keeps initials in a name ("Rep. J.D. Hale")', () => {
    expect(quotes('en', '“This is a sad day for the chamber,” said Rep. J.D. Hale (R-Ohio), head of the ethics panel.'))
      .toEqual([['This is a sad day for the chamber', 'J.D. Hale']]);
  });

  it('takes the pronoun right before the verb after a quote for its subject, not a name further back', () => {
    expect(quotes('en',
      'Governor Ed Marsh went on the radio to mock the bill as “a mess” and urge Ohioans to read what he called its “hidden taxes.”',
    )).toEqual([['a mess', 'Ed Marsh'], ['hidden taxes.', 'Ed Marsh']]);
  });

  it('gives a participle after a clause that clause’s subject, not the name it mentions', () => {
    expect(quotes('en',
      '“We will win this state,” Dana Cole turned to Governor Ed Marsh before adding, “and the next one too.”',
    )).toEqual([['We will win this state', 'Dana Cole'], ['and the next one too.', 'Dana Cole']]);
    expect(quotes('en', 'Ellen Ward is calling “reckless” a Dan Price memo urging cuts to the police budget.'))
      .toEqual([['reckless', 'Ellen Ward']]);
  });

  it('reads a present tense in -s after a name as the clause’s verb, whatever the verb', () => {
    expect(quotes('en', '“Stand up for the ones you love,” Nina Cole sings to Senator Mark Dunn before asking the crowd to join in.'))
      .toEqual([['Stand up for the ones you love', 'Nina Cole']]);
    expect(quotes('en', '“Stand up for the ones you love,” Nina Cole writes to Senator Mark Dunn before asking him to resign.'))
      .toEqual([['Stand up for the ones you love', 'Nina Cole']]);
  });

  it('reads a name after the verb as an inverted speaker only when the verb has no subject before it', () => {
    expect(quotes('en', 'At the rally, said Governor Ellen Ward: “We will not forget you.”'))
      .toEqual([['We will not forget you.', 'Ellen Ward']]);
    // The video speaks; Ward is who it talks about.
    expect(quotes('en', 'The video says Ward “has never cared about the farms.”'))
      .toEqual([['has never cared about the farms.', null]]);
  });

  it('leaves an earlier quote’s frame to that quote when a new clause frames the next one', () => {
    expect(quotes('en',
      'Nina Cole watched the speech with Senator Dan Price.',
      '“Are you winning?” she asked, but the crowd was loud, and as Price went on about “the forgotten towns,” she clapped.',
    )).toEqual([['Are you winning?', 'Nina Cole'], ['the forgotten towns', 'Dan Price']]);
    // No new frame after the conjunction: the earlier one still covers the quote.
    expect(quotes('en', 'Rich Moss said Dana Cole is “smart as hell,” Moss wrote in an email, and “very stubborn.”'))
      .toEqual([['smart as hell', 'Rich Moss'], ['very stubborn.', 'Rich Moss']]);
  });
});
