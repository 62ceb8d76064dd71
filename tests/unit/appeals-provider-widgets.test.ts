import { describe, expect, it } from 'vitest';
import { analyseFixture, appealAt, expectArticleKept, expectSelectorsRefind, hiddenKinds } from './helpers/appeal-fixture.js';

describe('appeals from common publishing platforms', () => {
  it('Guardian-style end-of-article contribution ask', () => {
    const fixture = analyseFixture('guardian-contribution-epic.html');
    expect(hiddenKinds(fixture)).toEqual(['donation']);
    const epic = appealAt(fixture, '.contributions__epic');
    expect(epic?.block.text).toContain('Remind me in May');
    expect(fixture.result.analysis.text).not.toContain('small favour to ask');
    expectArticleKept(fixture, '.article-body p');
    // The "Support us" entry of the site menu is navigation, not an appeal.
    expect(fixture.result.appeals.some((appeal) => appeal.element.closest('nav'))).toBe(false);
    expectSelectorsRefind('guardian-contribution-epic.html', fixture);
  });

  it('Substack subscribe widget inside the post body', () => {
    const fixture = analyseFixture('substack-subscribe-widget.html');
    expect(hiddenKinds(fixture)).toEqual(['newsletter']);
    expect(appealAt(fixture, '.subscription-widget-wrap-editor')?.block.reasons).toContain('link to substack.com');
    expect(fixture.result.analysis.text).not.toContain('Thanks for reading Slow Travel Notes');
    expectArticleKept(fixture, '.body > p');
  });

  it('Mailchimp embed form (list-manage.com), but not the search widget beside it', () => {
    const fixture = analyseFixture('mailchimp-embed-form.html');
    expect(hiddenKinds(fixture)).toEqual(['newsletter']);
    const block = fixture.result.appeals[0]!;
    expect(block.element.querySelector('#mc_embed_signup')).not.toBeNull();
    expect(block.block.reasons).toContain('link to list-manage.com');
    expect(block.element.querySelector('.search-form')).toBeNull();
    expectArticleKept(fixture, '.entry-content p');
  });

  it('WordPress/Jetpack subscription box, but not the comment form, the search form or the menu link', () => {
    const fixture = analyseFixture('jetpack-subscription-box.html');
    expect(hiddenKinds(fixture)).toEqual(['newsletter']);
    expect(appealAt(fixture, '#blog_subscription-3')?.block.selector).toBe('#blog_subscription-3');
    for (const selector of ['#commentform', '.search-form', '#primary-menu']) {
      const element = fixture.document.querySelector(selector)!;
      expect(fixture.result.appeals.some((appeal) => appeal.element.contains(element) || element.contains(appeal.element)), selector).toBe(false);
    }
    expectArticleKept(fixture, '.entry-content p');
  });
});

describe('appeals from membership platforms and embedded provider forms', () => {
  it('Ghost: the paid-post upgrade box and the sign-up section (Portal links), not the menu or "Sign in"', () => {
    const fixture = analyseFixture('ghost-portal-cta.html');
    expect(hiddenKinds(fixture)).toEqual(['subscription', 'newsletter']);
    expect(appealAt(fixture, '.gh-post-upgrade-cta')?.block.reasons).toContain('link to the Ghost sign-up');
    expect(appealAt(fixture, '.gh-cta')?.block.kind).toBe('newsletter');
    expect(fixture.result.appeals.some((appeal) => appeal.element.closest('#gh-head'))).toBe(false);
    expectArticleKept(fixture, '.gh-content > p');
  });

  it('iframe embeds (Donorbox, beehiiv) and a Campaign Monitor form; an article link to a Ko-fi page stays', () => {
    const fixture = analyseFixture('provider-embeds.html');
    expect(hiddenKinds(fixture)).toEqual(['donation', 'newsletter', 'newsletter']);
    expect(appealAt(fixture, '.ledger-box')?.block.reasons).toContain('link to donorbox.org');
    expect(appealAt(fixture, '.ledger-weekly')?.block.reasons).toContain('link to beehiiv.com');
    const courtWatch = fixture.document.querySelector('.court-watch')!;
    expect(fixture.result.appeals.find((appeal) => appeal.element.contains(courtWatch))?.block.reasons).toContain('link to createsend.com');
    expectArticleKept(fixture, '.entry-content > p');
    expect(fixture.result.analysis.text).toContain('sells prints through her Ko-fi page');
  });
});

describe('appeals Readability keeps inside the article body', () => {
  const fixture = analyseFixture('inline-promo-and-plans.html');

  it('an inline promo line that is mostly a newsletter link', () => {
    const line = fixture.result.appeals.find((appeal) => appeal.block.text.startsWith('[What you need to know'));
    expect(line?.block.kind).toBe('newsletter');
    expect(fixture.result.analysis.text).not.toContain('Get City Today in your inbox');
  });

  it('a paid newsletter box with Monthly / Annual plans (a subscription upsell)', () => {
    const box = appealAt(fixture, '.newsletter-wrapper');
    expect(box?.block.kind).toBe('subscription');
    expect(box?.block.reasons).toEqual(expect.arrayContaining(['amount or frequency picker', 'phrase "cancel anytime"']));
    expect(fixture.result.analysis.text).not.toContain('$7/month');
  });

  it('keeps a prose paragraph that merely links to the newsletter, and every other paragraph', () => {
    expect(hiddenKinds(fixture)).toHaveLength(2);
    expect(fixture.result.analysis.text).toContain('Our colleagues wrote about the project in the City Today newsletter');
    const prose = Array.from(fixture.document.querySelectorAll('.css-53u6y8 > p')).slice(1);
    for (const paragraph of prose) {
      expect(fixture.result.appeals.some((appeal) => appeal.element.contains(paragraph))).toBe(false);
    }
  });
});
