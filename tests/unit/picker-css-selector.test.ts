/** The selector the picker stores for a chosen block. */
import { describe, expect, it } from 'vitest';
import { buildSelector, isStableName } from '../../src/content/picker/css-selector.js';
import { escapeIdentifier as cssEscape } from '../../src/core/appeals/css-selector.js';
import { loadFixture, parseHtml } from './helpers/load-fixture.js';

const page = (body: string) => parseHtml(`<!doctype html><html><body>${body}</body></html>`);

describe('buildSelector', () => {
  it('prefers a stable, unique id', () => {
    const document = page('<div id="support-box" class="promo"><p>Give</p></div>');
    expect(buildSelector(document.querySelector('div')!)).toBe('#support-box');
  });

  it('skips generated ids and uses stable classes instead', () => {
    const document = page('<div id="post-438211" class="newsletter-signup css-1q2w3e">x</div><div class="teaser">y</div>');
    expect(buildSelector(document.querySelector('.newsletter-signup')!)).toBe('div.newsletter-signup');
  });

  it('tells repeated siblings apart with nth-of-type, anchored at a stable ancestor id', () => {
    const document = page('<main id="content"><aside class="box">a</aside><aside class="box">b</aside></main><aside class="box">c</aside>');
    const second = document.querySelectorAll('main aside')[1]!;
    expect(buildSelector(second)).toBe('#content > aside.box:nth-of-type(2)');
  });

  it('builds a short path when nothing on the element is distinctive', () => {
    const document = page('<section class="article-body"><div><p>a</p></div><div><p>b</p></div></section><section><div><p>c</p></div></section>');
    const target = document.querySelectorAll('.article-body > div')[1]!;
    const selector = buildSelector(target)!;
    expect(selector).toBe('section.article-body > div:nth-of-type(2)');
  });

  it('still finds exactly the element when its id is not a plain identifier', () => {
    // jsdom's selector engine rejects some escaped ids that browsers accept; either way the result must match.
    const document = page('<div id="1st:promo">x</div><div>y</div>');
    const target = document.querySelector('div')!;
    const selector = buildSelector(target)!;
    expect(Array.from(document.querySelectorAll(selector))).toEqual([target]);
  });

  it('refuses the page itself', () => {
    const document = page('<p>x</p>');
    expect(buildSelector(document.body)).toBeNull();
    expect(buildSelector(document.documentElement)).toBeNull();
  });

  it('for every element of a real-world-like page, matches exactly that element', () => {
    const document = loadFixture('moscow-times-article.html');
    const elements = Array.from(document.body.querySelectorAll('*'));
    expect(elements.length).toBeGreaterThan(50);
    for (const element of elements) {
      const selector = buildSelector(element);
      expect(selector, element.outerHTML.slice(0, 80)).not.toBeNull();
      const found = document.querySelectorAll(selector!);
      expect(found.length, selector!).toBe(1);
      expect(found[0]).toBe(element);
    }
  });
});

describe('isStableName', () => {
  it.each(['support-box', 'newsletter', 'c-article__body', 'col2', 'h1-title'])('keeps %s', (name) => expect(isStableName(name)).toBe(true));
  it.each(['post-438211', 'css-1q2w3e', 'sc-bdVaJa', 'Title__3xYz1', 'a1b2c3', ''])('skips %s', (name) => expect(isStableName(name)).toBe(false));
});

describe('cssEscape', () => {
  it('escapes like CSS.escape', () => {
    expect(cssEscape('1st')).toBe('\\31 st');
    expect(cssEscape('-2x')).toBe('-\\32 x');
    expect(cssEscape('a.b:c')).toBe('a\\.b\\:c');
    expect(cssEscape('-')).toBe('\\-');
    expect(cssEscape('привет_x')).toBe('привет_x');
  });
});
