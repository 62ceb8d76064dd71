import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes/extract-quotes.js';
import type { ArticleBlock } from '../../src/core/article-blocks.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
function quotes(lang: string | null, ...texts: string[]): Array<[string, string | null]> {
  const blocks: ArticleBlock[] = texts.map((text) => ({ kind: 'paragraph', text }));
  return extractQuotes(blocks, { lang }).map((quote) => [quote.text, quote.speaker]);
}

describe('which earlier person a pronoun stands for', () => {
  it('never takes a possessor for the subject ("Harding’s budget would …")', () => {
    expect(quotes('en',
      'Mayor Tom Harding unveiled his first budget on Monday.',
      'Campaign spokesman Paul Reyes told the Gazette that Harding’s budget would protect rural schools. He could not say when it would be published.',
      '“We are still working out the numbers,” he said.',
    )).toEqual([['We are still working out the numbers', 'Paul Reyes']]);
  });
});
