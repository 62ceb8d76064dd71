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

  it('reads a name that opens a paragraph as a subject even when the paragraph before ended in a quote', () => {
    expect(quotes('en',
      'Don Fowler, a former party chairman, spoke on Sunday.',
      'The chairwoman said she looks forward to “seeing her back out on the trail.”',
      'Former Gov. Ed Rendell agreed that the rules should change.',
      '“There is no chance she will withdraw from the race,” he said.',
    )).toContainEqual(['There is no chance she will withdraw from the race', 'Ed Rendell']);
  });

  it('reads a name after a quoted sentence in the same paragraph as a subject', () => {
    expect(quotes('en',
      'Don Fowler, a former party chairman, spoke on Sunday.',
      'The rules are old, the chairwoman wrote, calling them “a relic of another age.” Former Gov. Ed Rendell, for his part, agreed.',
      '“There is no chance she will withdraw from the race,” he said.',
    )).toContainEqual(['There is no chance she will withdraw from the race', 'Ed Rendell']);
  });
});
