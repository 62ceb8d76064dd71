import { describe, expect, it } from 'vitest';
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

  it('subscription modal over a scroll-locked page', () => {
    const fixture = analyseFixture('modal-scroll-lock.html');
    expect(hiddenKinds(fixture)).toEqual(['subscription']);
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
