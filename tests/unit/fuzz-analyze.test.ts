/**
 * Property test: whatever HTML a page throws at it, the engine returns a
 * result (or a clear error), in bounded time, without touching the document
 * and without hiding a paragraph of the article it reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_ELEMENTS, PageTooLargeError, analyzeDocument } from '../../src/core/index.js';
import { parseHtml } from './helpers/load-fixture.js';

const TAGS = ['div', 'p', 'span', 'article', 'section', 'aside', 'form', 'input', 'button', 'a', 'h2', 'ul', 'li', 'table', 'td', 'b', 'i', 'noscript', 'template', 'svg', 'iframe', 'select', 'label', 'figure'];
const ATTRS = ['class="newsletter"', 'id="donate"', 'class="article__content"', 'type="email"', 'type="text"', 'href="https://www.patreon.com/x"', 'href="/subscribe"', 'data-x="\u0000"', 'class="promo cta"', 'style="position:fixed"', `title="${'x'.repeat(2000)}"`, ''];
const WORDS = ['Dear', 'readers', 'support', 'us', 'monthly', 'Sign', 'up', 'for', 'our', 'newsletter', 'the', 'minister', 'said', '“quote”', '$2', '1.2 billion euros', 'Подписаться', 'Spenden', 'S\'abonner', '\u0000', '<', '&amp;', '&#0;', '\uFFFD', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.'];

/** Random, often broken, HTML: unclosed and misnested tags, stray closers, NULs, long attributes. */
const htmlArbitrary = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' ')),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean())
      .map(([tag, attr, children, close]) => `<${tag} ${attr}>${(children as string[]).join('')}${close ? `</${tag}>` : ''}`),
    fc.constantFrom('</div>', '</p></p>', '<p', '<!--', '<![CDATA[', '<script>', '</table>', '<br/>'),
  ),
})).node as fc.Arbitrary<string>;

describe('analyzeDocument on random broken pages', () => {
  it('never throws, never mutates the page, never hides a reported article paragraph', () => {
    fc.assert(
      fc.property(fc.array(htmlArbitrary, { minLength: 1, maxLength: 12 }), (parts) => {
        const document = parseHtml(`<html><head><title>Fuzz</title></head><body>${parts.join('')}</body></html>`);
        const before = document.documentElement.outerHTML;
        const { analysis, appeals } = analyzeDocument(document);
        expect(document.documentElement.outerHTML).toBe(before);
        expect(typeof analysis.text).toBe('string');
        const paragraphs = analysis.text.split('\n\n').filter((paragraph) => paragraph.split(' ').length >= 8);
        for (const { element } of appeals) {
          const hiddenText = (element.textContent ?? '').replace(/\s+/g, ' ');
          for (const paragraph of paragraphs) expect(hiddenText.includes(paragraph)).toBe(false);
        }
      }),
      { numRuns: 60, seed: 20261128 },
    );
  }, 180_000);

  it('refuses pages nested beyond the budget with a clear error, at once', () => {
    // jsdom's own parser is quadratic in depth, so the test stays at 1,000 levels (the guard is linear).
    const deep = '<div>'.repeat(1000) + '<p>Deep text here.</p>' + '</div>'.repeat(1000);
    const document = parseHtml(`<html><body>${deep}</body></html>`);
    expect(() => analyzeDocument(document)).toThrow(PageTooLargeError);
    expect(() => analyzeDocument(document)).toThrow(/nested too deeply: over 150 levels/);
  }, 60_000);

  it('refuses pages with more elements than the budget', { timeout: 60_000 }, () => {
    const huge = '<span>x</span>'.repeat(MAX_PAGE_ELEMENTS + 10);
    expect(() => analyzeDocument(parseHtml(`<html><body>${huge}</body></html>`))).toThrow(/page too large: 600\d\d elements/);
  });

  it('analyses a long article of a thousand paragraphs', () => {
    const many = Array.from({ length: 1000 }, (_, index) => `<p>Paragraph number ${index} says the council met on Tuesday and agreed.</p>`).join('');
    const { analysis } = analyzeDocument(parseHtml(`<html><body><article>${many}</article></body></html>`));
    expect(analysis.wordCount).toBe(11_000);
  }, 60_000);
});
