import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('a paragraph ending in a colon introduces the quotation below it', () => {
  it('takes the speaker of "X continued:" for the quoted paragraph that follows', () => {
    expect(quotes('en',
      '“The turnout surprised all of us,” said pollster Maria Lenz. “Nobody saw it coming.”',
      'Lenz continued:',
      '“The younger voters stayed home, and the older ones came out in numbers we have not seen in decades.”',
    )).toEqual([
      ['The turnout surprised all of us', 'Maria Lenz'],
      ['Nobody saw it coming.', 'Maria Lenz'],
      ['The younger voters stayed home, and the older ones came out in numbers we have not seen in decades.', 'Maria Lenz'],
    ]);
  });

  it('resolves "He said:" and lets an outlet introduce a block quote', () => {
    expect(quotes('en',
      'Governor Sam Ortiz answered questions about the budget on Friday.',
      'He said:',
      '“We will balance this budget without raising a single tax, and we will do it this year.”',
    )).toEqual([['We will balance this budget without raising a single tax, and we will do it this year.', 'Sam Ortiz']]);
    expect(quotes('en',
      'Fewer families applied for the program this year.',
      'The Boston Globe reports:',
      '“Applications fell by a third, the steepest drop since the program began in 2004.”',
    )).toEqual([['Applications fell by a third, the steepest drop since the program began in 2004.', 'Boston Globe']]);
  });

  it('works the same way in German', () => {
    expect(quotes('de',
      'Die Ministerin Anna Keller besuchte am Montag das Werk in Kassel.',
      'Keller sagte:',
      '„Wir werden diesen Standort nicht aufgeben, solange ich im Amt bin.“',
    )).toEqual([['Wir werden diesen Standort nicht aufgeben, solange ich im Amt bin.', 'Anna Keller']]);
  });

  it('finds no speaker when the colon closes no speech frame', () => {
    expect(quotes('en',
      'Lenz spoke after the vote. The ballot question read in full as follows:',
      '“Shall the town borrow up to four million dollars to repair the bridge on Mill Street?”',
    )).toEqual([['Shall the town borrow up to four million dollars to repair the bridge on Mill Street?', null]]);
  });

  it('lets a sentence that ends in a colon introduce the quote even without a speech verb', () => {
    expect(quotes('en',
      'Senator Dana Cole spoke in Ohio on Monday.',
      'Two weeks later, Cole made the following comment:',
      '“We have lost the trust of the people who sent us here, and we will not win it back with slogans.”',
    )).toEqual([['We have lost the trust of the people who sent us here, and we will not win it back with slogans.', 'Dana Cole']]);
    expect(quotes('en', 'Senator Dana Cole spoke in Ohio on Monday. Then Cole had this to say: “We have lost the trust of the people who sent us here.”'))
      .toEqual([['We have lost the trust of the people who sent us here.', 'Dana Cole']]);
  });

  it('takes no speaker from a colon line that has no one doing anything ("Partial transcript as follows:")', () => {
    expect(quotes('en',
      'Senator Dana Cole spoke in Ohio on Monday.',
      'Partial transcript as follows:',
      '“We have lost the trust of the people who sent us here, and we will not win it back with slogans.”',
    )).toEqual([['We have lost the trust of the people who sent us here, and we will not win it back with slogans.', null]]);
  });
});
