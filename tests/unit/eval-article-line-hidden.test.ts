import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleLineHidden, articleReference } from '../../src/tools/eval/article-line-hidden.js';
import { blockLines, blockText } from '../../src/tools/eval/lib/block-text.js';

const EXPECTED = `<div>
  <h1>Council approves the new bridge</h1>
  <p>The city council voted on Tuesday to build a second bridge over the river.</p>
  <p>Work is due to start in <a href="#">the spring</a> and last three years.</p>
  <section>
    <h2>Cities are changing fast. Keep up with our daily newsletter today.</h2>
    <label for="email">The best way to follow the issues you care about.</label>
  </section>
  <p>Sign up for our newsletter</p>
</div>`;

function reference() {
  const body = new JSDOM(EXPECTED).window.document.body;
  return articleReference(blockLines(body));
}

describe('blockText', () => {
  it('puts block boundaries between words so paragraphs do not glue together', () => {
    const body = new JSDOM('<div><p>first end.</p><p>Second<br>line <b>bold</b></p><ul><li>a</li><li>b</li></ul></div>').window.document.body;
    expect(blockText(body)).toBe('first end.\nSecond\nline bold\na\nb');
  });

  it('marks headings and labels beside a form control as form text', () => {
    const body = new JSDOM(EXPECTED).window.document.body;
    const inForm = blockLines(body).filter((line) => line.inForm).map((line) => line.text);
    expect(inForm).toEqual([
      'Cities are changing fast. Keep up with our daily newsletter today.',
      'The best way to follow the issues you care about.',
    ]);
  });
});

describe('articleLineHidden', () => {
  it('flags a hidden block that contains a whole article paragraph', () => {
    const hidden = 'Advertisement The city council voted on Tuesday to build a second bridge over the river. Subscribe now';
    expect(articleLineHidden(hidden, reference())).toBe('contains-article-line');
  });

  it('flags a hidden block made mostly of article text, even without a whole paragraph', () => {
    // 10 words: 7 four-grams, 5 of them from the first paragraph.
    expect(articleLineHidden('council voted on Tuesday to build a second bridge here', reference())).toBe('mostly-article-text');
  });

  it('does not flag an appeal, nor a short promo line or sign-up box that Readability kept', () => {
    const ref = reference();
    expect(articleLineHidden('Support our journalism: give monthly from just $2. Continue', ref)).toBeNull();
    expect(articleLineHidden('Sign up for our newsletter', ref)).toBeNull();
    expect(
      articleLineHidden('Cities are changing fast. Keep up with our daily newsletter today. The best way to follow the issues you care about. Sign up', ref),
    ).toBeNull();
  });

  it('does not flag a short hidden block that merely shares words with the article', () => {
    expect(articleLineHidden('the spring', reference())).toBeNull();
  });
});
