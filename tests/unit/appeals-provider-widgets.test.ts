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
