import { describe, expect, it } from 'vitest';
import { attributeTokenHits, splitTokens } from '../../src/core/appeals/attribute-tokens.js';
import { classifyLinkTarget, mayBeAppealTarget } from '../../src/core/appeals/link-targets.js';
import { PROVIDER_HOSTS } from '../../src/core/appeals/provider-hosts.js';
import { cssSelectorFor, escapeIdentifier } from '../../src/core/appeals/css-selector.js';
import { stripAppealText } from '../../src/core/appeals/strip-appeal-text.js';
import { APPEAL_THRESHOLD, CATEGORY_CAPS, scoreEvidence } from '../../src/core/appeals/scoring.js';
import { parseHtml } from './helpers/load-fixture.js';

describe('attribute tokens', () => {
  it('split camelCase, kebab, snake and BEM names and join split pairs', () => {
    expect(splitTokens('EmailOptin')).toEqual(expect.arrayContaining(['email', 'optin']));
    expect(splitTokens('c-newsletter--promo')).toEqual(expect.arrayContaining(['newsletter', 'promo']));
    expect(splitTokens('mc_embed_signup')).toEqual(expect.arrayContaining(['mc', 'signup']));
    expect(splitTokens('opt-in sign_up support-us')).toEqual(expect.arrayContaining(['optin', 'signup', 'supportus']));
  });

  it('find tokens whatever the case and the separators of the name (the quick pre-test must not hide any)', () => {
    const tokensOf = (names: string) => attributeTokenHits(parseHtml(`<div class="${names}"></div>`).body.firstElementChild!).map((hit) => hit.token);
    expect(tokensOf('NewsletterSignUp')).toEqual(expect.arrayContaining(['newsletter', 'signup']));
    expect(tokensOf('box OPT_IN')).toContain('optin');
    expect(tokensOf('Support--Us')).toContain('supportus');
    expect(tokensOf('article-body')).toEqual([]);
  });

  it('know newsletter and paywall vendors\' widget names, the paywall ones as weak hints', () => {
    const hitsOf = (names: string) => attributeTokenHits(parseHtml(`<div class="${names}"></div>`).body.firstElementChild!);
    expect(hitsOf('seva-form formkit-form').map((hit) => hit.token)).toContain('formkit');
    expect(hitsOf('nieuwsbrief-blok')[0]?.rule.kind).toBe('newsletter');
    for (const names of ['tp-modal', 'poool-widget', 'zephr-feature']) {
      const [hit] = hitsOf(names).filter((found) => found.rule.kind === 'subscription');
      expect(hit?.rule.weight, names).toBeLessThanOrEqual(1);
    }
  });

  it('read class, id, data-* names and values and aria-label, not other attributes', () => {
    const element = parseHtml('<div class="paywall-box" data-newsletter-slot="x" aria-label="Donation" title="newsletter"></div>').body.firstElementChild!;
    expect(attributeTokenHits(element).map((hit) => `${hit.attribute}:${hit.token}`).sort()).toEqual(['aria-label:donation', 'class:paywall', 'data:newsletter']);
  });
});

describe('link targets', () => {
  it('knows payment and newsletter providers by host suffix', () => {
    expect(classifyLinkTarget('https://www.patreon.com/someone')).toMatchObject({ kind: 'donation', label: 'link to patreon.com' });
    expect(classifyLinkTarget('https://site.us4.list-manage.com/subscribe/post?u=1')).toMatchObject({ kind: 'newsletter', label: 'link to list-manage.com' });
    expect(classifyLinkTarget('//paypal.me/x')?.kind).toBe('donation');
  });

  it('pre-test every link the classifier would classify, in any case (only those are classified)', () => {
    const hrefs = [
      ...Object.keys(PROVIDER_HOSTS).map((host) => `https://www.${host.toUpperCase()}/x`),
      '/DONATE', '/Support-Us', '/sign_up', 'https://example.de/unterst%C3%BCtzen', 'https://example.de/unterstützen',
      'https://checkout.example.com/plans', '/Abo/angebote', '/apoie', '/newsletters/preview', '/steun-ons',
      '/Doneer', '/nieuwsbrief', '/wesprzyj', '/stod-oss', '/nyhetsbrev/anmalan', '/prenumerera',
      '#/portal/signup', '#/Portal/', 'https://example.ghost.io/#/portal/signup/free',
      '/nyhedsbrev', '/stott-oss', '/predplatne', '/podporte-nas',
      'https://ABO.spiegel.de/', 'https://donate.propublica.org/', 'https://suscripciones.elpais.com/', 'https://abbonamenti.corriere.it/',
    ];
    for (const href of hrefs) {
      expect(classifyLinkTarget(href), href).not.toBeNull();
      expect(mayBeAppealTarget(href), href).toBe(true);
    }
    expect(mayBeAppealTarget('/news/2024/election-results')).toBe(false);
  });

  it('reads appeal pages from the path, in several languages, and ignores other links', () => {
    expect(classifyLinkTarget('/contribute?utm_source=banner')?.kind).toBe('donation');
    expect(classifyLinkTarget('/support-us')?.label).toBe('link to a "supportus" page');
    expect(classifyLinkTarget('https://example.de/unterstützen')?.kind).toBe('donation');
    expect(classifyLinkTarget('/abo/angebote')?.kind).toBe('subscription');
    expect(classifyLinkTarget('/newsletters/preview')?.kind).toBe('newsletter');
    expect(classifyLinkTarget('/news/2024/don-jones-wins')).toBeNull();
    expect(classifyLinkTarget('mailto:newsletter@example.com')).toBeNull();
    expect(classifyLinkTarget('/support/faq')).toBeNull();
    // Everyday words of article slugs are no appeal pages: only the asks themselves ("steun-ons", not "steun").
    expect(classifyLinkTarget('/nieuws/steun-voor-boeren-groeit')).toBeNull();
    expect(classifyLinkTarget('/kraj/wsparcie-dla-rolnikow')).toBeNull();
    expect(classifyLinkTarget('/news/2024/05/yes-hotovyy-pidtrymaty-ukrayinu')).toBeNull();
    expect(classifyLinkTarget('/werk/word-lid-van-de-vakbond')).toBeNull();
    expect(classifyLinkTarget('/steun-ons')?.kind).toBe('donation');
  });

  it('reads a site\'s own appeal subdomain, not its help desk or a site named like one', () => {
    expect(classifyLinkTarget('https://abo.spiegel.de/de/c/spiegel-plus')).toMatchObject({ kind: 'subscription', label: 'link to abo.spiegel.de' });
    expect(classifyLinkTarget('https://donate.propublica.org/')?.kind).toBe('donation');
    expect(classifyLinkTarget('https://subscribe.wsj.com/')?.kind).toBe('subscription');
    expect(classifyLinkTarget('https://newsletters.theatlantic.com/')?.kind).toBe('newsletter');
    expect(classifyLinkTarget('https://suscripciones.elpais.com/')?.kind).toBe('subscription');
    expect(classifyLinkTarget('https://support.apple.com/')).toBeNull();
    expect(classifyLinkTarget('https://abo.fi/research')).toBeNull();
  });

  it('knows newsletter forms and donation pages by where they post, and Ghost\'s sign-up but not its sign-in', () => {
    expect(classifyLinkTarget('https://app.convertkit.com/forms/5551234/subscriptions')?.label).toBe('link to convertkit.com');
    expect(classifyLinkTarget('https://a1b2c3.sibforms.com/serve/MUIEAK')?.kind).toBe('newsletter');
    expect(classifyLinkTarget('//manage.kmail-lists.com/subscriptions/subscribe?a=X&g=Y')?.kind).toBe('newsletter');
    expect(classifyLinkTarget('https://buttondown.email/api/emails/embed-subscribe/ledger')?.kind).toBe('newsletter');
    expect(classifyLinkTarget('https://secure.givelively.org/donate/valley-ledger')?.kind).toBe('donation');
    expect(classifyLinkTarget('https://steady.page/de/magazin/about')?.kind).toBe('donation');
    expect(classifyLinkTarget('#/portal/signup')).toMatchObject({ kind: null, label: 'link to the Ghost sign-up' });
    expect(classifyLinkTarget('#/portal/signin')).toBeNull();
    expect(classifyLinkTarget('#/portal/account')).toBeNull();
    // Third-party crowdfunding is something articles cite, not the site asking for itself.
    expect(classifyLinkTarget('https://www.gofundme.com/f/rebuild-the-library')).toBeNull();
  });

  it('provider list is sorted and holds valid host names', () => {
    const hosts = Object.keys(PROVIDER_HOSTS);
    expect(hosts).toEqual([...hosts].sort());
    for (const host of hosts) expect(host).toMatch(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/);
  });
});

describe('css selectors', () => {
  const document = parseHtml(`<div id="main"><section class="box x123456"><p>a</p><p class="n">b</p></section>
    <section class="box"><p class="n">c</p></section></div><div id="9lives"><p>d</p></div><div id="dup"></div><div id="dup"><p>e</p></div>`);

  it('use a unique id, else a verified nth-of-type path from an id anchor', () => {
    expect(cssSelectorFor(document.querySelector('#main')!)).toBe('#main');
    for (const element of Array.from(document.querySelectorAll('p'))) {
      const selector = cssSelectorFor(element);
      expect(Array.from(document.querySelectorAll(selector)), selector).toEqual([element]);
    }
  });

  it('escape identifiers that start with a digit', () => {
    expect(escapeIdentifier('9lives')).toBe('\\39 lives');
    const element = document.getElementById('9lives')!;
    expect(Array.from(document.querySelectorAll(cssSelectorFor(element)))).toEqual([element]);
  });
});

describe('stripAppealText', () => {
  it('drops blocks inside an appeal and the short pieces next to them, nothing else', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: 'The minister resigned on Monday after weeks of pressure.' },
      { kind: 'heading' as const, text: 'Support us' },
      { kind: 'paragraph' as const, text: 'Please support us monthly from just $2, it takes a minute.' },
      { kind: 'paragraph' as const, text: 'Support us' },
      { kind: 'paragraph' as const, text: 'A new minister will be named this week.' },
    ];
    const kept = stripAppealText(blocks, ['Support us Please support us monthly from just $2, it takes a minute. Continue']);
    expect(kept.map((block) => block.text)).toEqual([blocks[0]!.text, blocks[4]!.text]);
  });
});

describe('scoring model', () => {
  it('caps every category below the threshold, so no single kind of evidence decides', () => {
    for (const cap of Object.values(CATEGORY_CAPS)) expect(cap).toBeLessThan(APPEAL_THRESHOLD);
    const wordingOnly = scoreEvidence([
      { kind: 'donation', category: 'phrase', weight: 2, reason: 'phrase "support us monthly"' },
      { kind: 'donation', category: 'phrase', weight: 2, reason: 'phrase "make a contribution"' },
      { kind: 'donation', category: 'phrase', weight: 2, reason: 'phrase "donate now"' },
    ]);
    expect(wordingOnly!.score).toBeLessThan(APPEAL_THRESHOLD);
  });

  it('counts kind-neutral evidence only for a kind with enough evidence of its own', () => {
    const neutral = [
      { kind: null, category: 'layout' as const, weight: 1.5, reason: 'fixed or sticky overlay' },
      { kind: null, category: 'attribute' as const, weight: 1, reason: 'class token "promo"' },
    ];
    expect(scoreEvidence([...neutral, { kind: 'donation', category: 'attribute', weight: 0.5, reason: 'class token "epic"' }])!.score).toBe(0.5);
    const strong = scoreEvidence([...neutral, { kind: 'newsletter', category: 'structure', weight: 2.5, reason: 'form with e-mail field and submit button' }])!;
    expect(strong.kind).toBe('newsletter');
    expect(strong.score).toBe(5);
  });
});
