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
  { lang: 'nl', file: 'nl-nieuwsbrief-steun.html', article: '.artikel__content p', blocks: { '.blok-inschrijven': 'newsletter', '.lezersblok': 'donation' } },
  // Patronite is the Polish Patreon.
  { lang: 'pl', file: 'pl-newsletter-wesprzyj.html', article: '.artykul__content p', blocks: { '.ramka-zapisy': 'newsletter', '.apel-czytelnicy': 'donation' } },
  // A monobank "jar" is how Ukrainian readers give; the article speaks of state support and donations for reconstruction.
  { lang: 'uk', file: 'uk-rozsylka-pidtrymka.html', article: '.material__text p', blocks: { '.blok-rozsylka': 'newsletter', '.zaklyk': 'donation' } },
  { lang: 'sv', file: 'sv-nyhetsbrev-prenumerant.html', article: '.artikel__brodtext p', blocks: { '.ruta-utskick': 'newsletter', '.plus-sparr': 'subscription' } },
  // Readability keeps these paywall boxes in the article: only markup that names them (here "paywall") lets them go.
  { lang: 'da', file: 'da-nyhedsbrev-abonnent.html', article: '.artikel-body p', blocks: { '.boks-morgen': 'newsletter', '.artikel-paywall': 'subscription' } },
  { lang: 'nb', file: 'nb-nyhetsbrev-abonnent.html', article: '.sak-body p', blocks: { '.boks-morgen': 'newsletter', '.paywall-boks': 'subscription' } },
  { lang: 'cs', file: 'cs-newsletter-podporte.html', article: '.clanek-text p', blocks: { '.box-ranni': 'newsletter', '.vyzva-ctenari': 'donation' } },
  { lang: 'sk', file: 'sk-newsletter-podporte.html', article: '.clanok-text p', blocks: { '.box-ranny': 'newsletter', '.vyzva-citatelia': 'donation' } },
  { lang: 'fi', file: 'fi-uutiskirje-tilaus.html', article: '.artikkeli-teksti p', blocks: { '.laatikko-aamu': 'newsletter', '.lukijavetoomus': 'subscription' } },
  // Upper-case Turkish ("BÜLTENİMİZE") lower-cases to a dotted i the phrase files do not write.
  { lang: 'tr', file: 'tr-bulten-destek.html', article: '.haber-metni p', blocks: { '.kutu-sabah': 'newsletter', '.okur-cagrisi': 'donation' } },
  // Romanian typed with comma-below letters ("Susține-ne"); the phrase files write the cedilla forms.
  { lang: 'ro', file: 'ro-newsletter-sustine.html', article: '.articol-continut p', blocks: { '.caseta-dimineata': 'newsletter', '.apel-cititori': 'donation' } },
  { lang: 'hu', file: 'hu-hirlevel-tamogatas.html', article: '.cikk-szoveg p', blocks: { '.doboz-reggel': 'newsletter', '.olvasoi-felhivas': 'donation' } },
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

/** Articles ABOUT newsletters, subscriptions and donations, with the site menu's appeal links: nothing may go. */
const NEGATIVES = [
  { lang: 'nl', file: 'negative-nl-artikel-over-nieuwsbrieven.html', article: '.artikel__content p' },
  { lang: 'pl', file: 'negative-pl-artykul-o-subskrypcjach.html', article: '.artykul__content p' },
  { lang: 'uk', file: 'negative-uk-stattia-pro-pidtrymku.html', article: '.material__text p' },
  { lang: 'sv', file: 'negative-sv-artikel-om-prenumerationer.html', article: '.artikel__brodtext p' },
  { lang: 'da', file: 'negative-da-artikel-om-abonnementer.html', article: '.artikel-body p' },
  { lang: 'nb', file: 'negative-nb-artikkel-om-abonnement.html', article: '.sak-body p' },
  { lang: 'cs', file: 'negative-cs-clanek-o-predplatnem.html', article: '.clanek-text p' },
  { lang: 'sk', file: 'negative-sk-clanok-o-predplatnom.html', article: '.clanok-text p' },
  { lang: 'fi', file: 'negative-fi-artikkeli-tilauksista.html', article: '.artikkeli-teksti p' },
  { lang: 'tr', file: 'negative-tr-haber-abonelik-bagis.html', article: '.haber-metni p' },
  { lang: 'ro', file: 'negative-ro-articol-despre-abonamente.html', article: '.articol-continut p' },
  { lang: 'hu', file: 'negative-hu-cikk-az-elofizetesekrol.html', article: '.cikk-szoveg p' },
] as const;

describe('articles about appeals in other languages', () => {
  for (const { lang, file, article } of NEGATIVES) {
    it(`${lang}: hides nothing`, () => {
      const fixture = analyseFixture(file);
      expect(fixture.result.analysis.hidden).toEqual([]);
      expectArticleKept(fixture, article);
    });
  }
});
