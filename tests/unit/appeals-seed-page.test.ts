import { describe, expect, it } from 'vitest';
import { analyseFixture, appealAt, expectArticleKept, expectSelectorsRefind } from './helpers/appeal-fixture.js';

const SEED = 'moscow-times-article.html';

describe('appeals on the seed page (The Moscow Times)', () => {
  const fixture = analyseFixture(SEED, 'https://www.themoscowtimes.com/2013/03/12/a22259');
  const { analysis } = fixture.result;

  it('finds the in-article newsletter block with its text inputs, whole', () => {
    const block = appealAt(fixture, '.article__block--newsletter');
    expect(block?.block.kind).toBe('newsletter');
    expect(block?.block.text).toContain('Sign up for our free weekly newsletter');
    expect(block?.block.text).toContain('Subscribers agree to the Privacy Policy');
    expect(block?.block.reasons).toContain('form with e-mail field and submit button');
  });

  it('finds the donation banner after the body, from its heading to "Remind me later"', () => {
    const block = appealAt(fixture, '.contribute-banner');
    expect(block?.block.kind).toBe('donation');
    expect(block?.block.text.startsWith('A Message from The Moscow Times:')).toBe(true);
    expect(block?.block.text).toContain('Remind me later.');
    expect(block?.block.reasons).toEqual(expect.arrayContaining(['amount or frequency picker', 'phrase "support us monthly"']));
  });

  it('removes both appeals from the article text and keeps every article paragraph', () => {
    for (const appealText of ['Dear readers', 'Sign up for our free weekly newsletter', '$2', 'Remind me later']) {
      expect(analysis.text).not.toContain(appealText);
    }
    expectArticleKept(fixture, '.article__block--text p');
  });

  it('finds the header teaser "Support The Moscow Times!" but not the site menu beside it', () => {
    const teaser = appealAt(fixture, '.contribute-teaser');
    expect(teaser?.block.kind).toBe('donation');
    expect(teaser?.block.reasons).toContain('call-to-action link text');
    expect(fixture.result.appeals.some((appeal) => appeal.element.contains(fixture.document.querySelector('.site-header__nav')))).toBe(false);
  });

  it('does not hide the related-articles list or the article container', () => {
    expect(analysis.hidden.map((block) => block.kind)).toEqual(['donation', 'newsletter', 'donation']);
    expect(fixture.result.appeals.some((appeal) => appeal.element.contains(fixture.document.querySelector('.related')))).toBe(false);
  });

  it('gives selectors that find the same blocks in a fresh parse', () => {
    expectSelectorsRefind(SEED, fixture);
  });
});
