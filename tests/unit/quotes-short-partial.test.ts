import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('short quotes inside reported speech', () => {
  it('keeps two or three quoted words in a clause a verb of saying reports, whoever says it', () => {
    expect(quotes('en',
      'Governor Anne Pryor toured the flooded valley on Monday.',
      'The governor said it was “a mistake” to delay the repairs.',
      'A spokesman added that the work would take “several more weeks” to finish.',
    )).toEqual([['a mistake', 'Anne Pryor'], ['several more weeks', null]]);
  });

  it('keeps it when the speaker is not a person we can name ("most voters said …")', () => {
    expect(quotes('en', 'In the same poll, most voters said the mayor was “right” to resign.')).toEqual([['right', null]]);
  });

  it('still drops a label after a naming verb when no named person says it', () => {
    expect(quotes('en',
      'Officials called the vote “a farce” on Friday.',
      'The ministry branded the newspaper a “foreign agent.”',
      'Critics said the so-called “reform package” would cost millions.',
    )).toEqual([]);
  });

  it('keeps words a crowd chants: chanting reports words, it does not name anything', () => {
    expect(quotes('en', 'Protesters marching past the courthouse chanted “No more lies” until midnight.')).toEqual([['No more lies', null]]);
  });

  it('does not reach back over a colon or a semicolon to a verb of another clause', () => {
    expect(quotes('en', 'The council said nothing; residents called the plan “a joke” all week.')).toEqual([]);
  });

  it('works the same in other languages', () => {
    expect(quotes('es', 'El ministro Luis Prado dijo que la reforma era “un error grave” y pidió calma.'))
      .toEqual([['un error grave', 'Luis Prado']]);
    expect(quotes('de', 'Die Sprecherin erklärte, die Lage sei „sehr ernst“ und werde beobachtet.'))
      .toEqual([['sehr ernst', null]]);
    expect(quotes('es', 'El Gobierno calificó la huelga de “ilegal” ayer.')).toEqual([]);
  });
});

describe('subjects around a short quote', () => {
  it('reads a possessive apposition as a description of the name before it', () => {
    expect(quotes('en', 'Even Norway, Sweden’s closest partner in the talks, said it was “firmly opposed” to the tariff.'))
      .toEqual([['firmly opposed', 'Norway']]);
  });

  it('lets the comma inside an earlier quote’s closing mark end the phrase before the speaker', () => {
    expect(quotes('en', 'In an interview on Channel 9’s “Morning Line,” Senate leader Tom Ashby (R-Ore.) said voters wanted “more answers” from the agency.'))
      .toEqual([['more answers', 'Tom Ashby']]);
  });

  it('never takes a sentence-opening "Following" or "Only" for a name', () => {
    expect(quotes('en', 'Following a late meeting, the Security Council issued a statement calling the test “a clear violation of earlier resolutions.”'))
      .toEqual([['a clear violation of earlier resolutions.', 'Security Council']]);
    expect(quotes('en', 'Only a third of the members agreed that the plan was “good enough for now.”'))
      .toEqual([['good enough for now.', null]]);
  });

  it('gives a participle frame the name that its clause’s verb follows', () => {
    expect(quotes('en', 'After a hastily called, late-night session, the Budget Committee released a statement calling the cuts “a betrayal of every promise made.”'))
      .toEqual([['a betrayal of every promise made.', 'Budget Committee']]);
  });
});
