import { describe, expect, it } from 'vitest';
import { analyseFixture, appealAt, expectArticleKept } from './helpers/appeal-fixture.js';

const CASES = [
  { lang: 'ru', file: 'ru-donation-newsletter.html', article: '.Article-body > p', blocks: { '.Newsletter': 'newsletter', '.SupportBanner': 'donation' } },
  { lang: 'de', file: 'de-newsletter-donation.html', article: '.article__body p', blocks: { '.newsletter-teaser': 'newsletter', '.support-box': 'donation' } },
  { lang: 'fr', file: 'fr-don-newsletter.html', article: '.article__content > p', blocks: { '.encart-newsletter': 'newsletter', '.appel-dons': 'donation' } },
  { lang: 'es', file: 'es-boletin-socio.html', article: '.noticia__cuerpo p', blocks: { '.modulo-boletin': 'newsletter', '.caja-socios': 'donation' } },
  { lang: 'it', file: 'it-sostienici-newsletter.html', article: '.articolo__testo p', blocks: { '.box-newsletter': 'newsletter', '.sostienici': 'donation' } },
  // Class names in Portuguese that name no appeal: wording, the form and the /apoie link must carry it.
  { lang: 'pt', file: 'pt-newsletter-apoio.html', article: '.materia__texto p', blocks: { '.caixa-boletim': 'newsletter', '.bloco-leitor': 'donation' } },
] as const;

describe('appeals in other languages', () => {
  for (const { lang, file, article, blocks } of CASES) {
    it(`${lang}: finds exactly the appeals and keeps the article`, () => {
      const fixture = analyseFixture(file);
      for (const [selector, kind] of Object.entries(blocks)) {
        expect(appealAt(fixture, selector)?.block.kind, selector).toBe(kind);
        const appealText = fixture.document.querySelector(selector)!.querySelector('p')!.textContent!;
        expect(fixture.result.analysis.text).not.toContain(appealText.trim());
      }
      expect(fixture.result.appeals).toHaveLength(Object.keys(blocks).length);
      expectArticleKept(fixture, article);
    });
  }
});
