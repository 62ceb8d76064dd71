import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../src/core/index.js';
import { extractQuotes } from '../../src/core/quotes/extract-quotes.js';
import type { ArticleBlock } from '../../src/core/article-blocks.js';
import { loadFixture } from './helpers/load-fixture.js';

const paragraphs = (...texts: string[]): ArticleBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));

describe('extractQuotes on the seed article', () => {
  it('finds both of Dzirkaln’s quotes, the second through "he said"', () => {
    const quotes = analyzePage(loadFixture('moscow-times-article.html', 'https://www.themoscowtimes.com/2013/03/12/a22259')).quotes;
    const article = quotes.filter((quote) => quote.speaker === 'Vyacheslav Dzirkaln');
    expect(article.map((quote) => quote.text)).toEqual([
      'no one will supply us with the most modern types of weapons and military technology',
      'If there are opportunities to buy cutting-age technologies that don\'t exist in Russia, it is not shameful to spend money on them',
    ]);
    expect(article[0]?.context).toMatch(/^But Vyacheslav Dzirkaln, a deputy head .* Interfax reported\.$/);
    expect(article[1]?.context).toBe('"If there are opportunities to buy cutting-age technologies that don\'t exist in Russia, it is not shameful to spend money on them," he said.');
  });

  it('never reports scare quotes such as "undesirable" or "foreign agent"', () => {
    const quotes = analyzePage(loadFixture('moscow-times-article.html')).quotes;
    expect(quotes.map((quote) => quote.text)).not.toContain('undesirable');
    expect(quotes.map((quote) => quote.text)).not.toContain('foreign agent.');
  });
});

describe('what counts as a quote', () => {
  it('drops scare quotes, nicknames and titles but keeps short framed utterances', () => {
    const quotes = extractQuotes(paragraphs(
      'The prosecutor labelled the newspaper an "undesirable" organization and a "foreign agent."',
      'Trump again called his rival “Crooked Hillary” at the rally, citing a report in “The Wall Street Journal” on Sunday.',
      '“Never,” she said when asked whether she would resign.',
      'Asked about the plan, Smith said: “Absolutely not.”',
    ), { lang: 'en' });
    expect(quotes.map((quote) => quote.text)).toEqual(['Never', 'Absolutely not.']);
  });

  it('keeps partial quotes inside a sentence with their speaker and sentence', () => {
    const [quote, ...rest] = extractQuotes(paragraphs(
      'Retired Lt. Gen. Michael Flynn said Wednesday that Donald Trump was “absolutely right about the generals” in the forum.',
    ), { lang: 'en' });
    expect(rest).toEqual([]);
    expect(quote).toEqual({
      text: 'absolutely right about the generals',
      speaker: 'Michael Flynn',
      context: 'Retired Lt. Gen. Michael Flynn said Wednesday that Donald Trump was “absolutely right about the generals” in the forum.',
    });
  });

  it('reports a quote spanning paragraphs once, with its speaker', () => {
    const quotes = analyzeText([
      'Sen. Claire McCaskill spoke after the hearing.',
      '“Mitt Romney was prepared. Mitt Romney was qualified,” she said. “He was a worthy foe in presidential politics.',
      '“I think it is very unfair to put them in the same category.”',
    ].join('\n')).quotes;
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ['Mitt Romney was prepared. Mitt Romney was qualified', 'Claire McCaskill'],
      ['He was a worthy foe in presidential politics. I think it is very unfair to put them in the same category.', 'Claire McCaskill'],
    ]);
  });

  it('trims a very long context', () => {
    const long = `Smith said that “${'the plan will work and '.repeat(30)}we will see it.”`;
    const [quote] = extractQuotes(paragraphs(long), { lang: 'en' });
    expect(quote?.context.length).toBeLessThanOrEqual(321);
    expect(quote?.context.endsWith('…')).toBe(true);
  });
});
