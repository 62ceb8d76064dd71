import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectAppeals, computedStyleProbe } from '../../src/core/appeals/index.js';
import { analyseFixture, appealAt, expectArticleKept, hiddenKinds } from './helpers/appeal-fixture.js';

describe('overlays and paywall nags', () => {
  it('sticky newsletter bar (inline position: fixed) is a newsletter overlay', () => {
    const fixture = analyseFixture('sticky-newsletter-bar.html');
    expect(hiddenKinds(fixture)).toEqual(['newsletter']);
    const bar = appealAt(fixture, '.newsletter-bar');
    expect(bar?.overlay).toBe(true);
    expect(bar?.block.reasons).toContain('fixed or sticky overlay');
    expectArticleKept(fixture, '.story-body p');
  });

  it('subscription modal over a scroll-locked page, with its empty backdrop', () => {
    const fixture = analyseFixture('modal-scroll-lock.html');
    expect(hiddenKinds(fixture)).toEqual(['subscription', 'subscription']);
    expect(appealAt(fixture, '.modal-backdrop')?.block.reasons).toEqual(['modal backdrop beside a hidden appeal']);
    const modal = appealAt(fixture, '.offer-modal');
    expect(modal?.overlay).toBe(true);
    expect(modal?.block.text).toContain('Already a subscriber?');
    expect(fixture.result.analysis.text).not.toContain('unlimited digital access');
    expectArticleKept(fixture, '.story__body p');
  });

  it('metered paywall nag "You have 2 free articles left / Subscribe for $1"', () => {
    const fixture = analyseFixture('paywall-meter-nag.html');
    expect(hiddenKinds(fixture)).toEqual(['subscription']);
    expect(appealAt(fixture, '.meter-message')?.block.reasons).toEqual(
      expect.arrayContaining(['phrase "free articles left"', 'phrase "subscribe for $#"']),
    );
    // The masthead's plain "Subscribe" link stays.
    expect(fixture.result.appeals.some((appeal) => appeal.element.contains(fixture.document.querySelector('.header-subscribe')))).toBe(false);
    expectArticleKept(fixture, '.article-text p');
  });
});

describe('layout probe', () => {
  const html = `<style>.bottom-strip { position: fixed; bottom: 0; }</style>
    <p>Body text of the page goes here.</p>
    <div class="bottom-strip"><p>Our briefing, every Monday morning.</p>
      <a href="/newsletters/weekly">Sign up</a></div>`;

  it('sees fixed overlays through getComputedStyle when a probe is given, and not without', () => {
    const { window } = new JSDOM(html);
    const strip = window.document.querySelector('.bottom-strip')!;
    const without = detectAppeals(window.document.body);
    expect(without.some((appeal) => appeal.element === strip)).toBe(false);
    const withProbe = detectAppeals(window.document.body, { probe: computedStyleProbe(window as unknown as Window) });
    const found = withProbe.find((appeal) => appeal.element === strip);
    expect(found?.overlay).toBe(true);
    expect(found?.block.kind).toBe('newsletter');
    expect(found?.block.reasons).toContain('fixed or sticky overlay');
  });
});
