import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/core/quotes/find-quote-spans.js';

const texts = (...paragraphs: string[]) => findQuoteSpans(paragraphs).map((span) => span.text);

describe('findQuoteSpans', () => {
  it('reads curly, straight, guillemet, German, single and CJK quotation marks', () => {
    expect(texts('He said “we won’t go” and left.')).toEqual(['we won’t go']);
    expect(texts('He said "we will go" and left.')).toEqual(['we will go']);
    expect(texts('Il a dit « nous partirons » hier.')).toEqual([' nous partirons ']);
    expect(texts('Er sagte „wir gehen“ und ging.')).toEqual(['wir gehen']);
    expect(texts('Er sagte »wir gehen« und ging.')).toEqual(['wir gehen']);
    expect(texts('He said ‘we will go’ and left.')).toEqual(['we will go']);
    expect(texts('彼は「行きます」と言った。')).toEqual(['行きます']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(texts('Clinton’s team and the voters’ anger don’t count.')).toEqual([]);
    expect(texts('He said ‘the voters’ anger is real’ today.')).toEqual(['the voters’ anger is real']);
    expect(texts("Rock ’n’ roll in the ‘90s was loud.")).toEqual([]);
  });

  it('keeps nested quotations inside the outer one', () => {
    expect(texts('“He told me ‘never again,’ and meant it,” she said.')).toEqual(['He told me ‘never again,’ and meant it,']);
    expect(texts('"He called it “a miracle,” you know," she said.')).toEqual(['He called it “a miracle,” you know,']);
    expect(texts('«Он сказал „нет“ сразу», — добавил он.')).toEqual(['Он сказал „нет“ сразу']);
  });

  it('pairs mixed curly and straight marks', () => {
    expect(texts('“Immunity deals should not be a requirement," he said.')).toEqual(['Immunity deals should not be a requirement,']);
  });

  it('joins a quotation that runs over several paragraphs', () => {
    const spans = findQuoteSpans([
      '“The first part of the statement goes on here.',
      '“The second part follows in the next paragraph.',
      'The last part ends it,” he said.',
      'Then the article goes on.',
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ startBlock: 0, endBlock: 2, text: 'The first part of the statement goes on here. The second part follows in the next paragraph. The last part ends it,' });
  });

  it('ends an unclosed quotation at its paragraph when the next one does not continue it', () => {
    const spans = findQuoteSpans(['She said: “this never closes.', 'A new paragraph without quotes.']);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ endBlock: 0, text: 'this never closes.' });
  });
});
