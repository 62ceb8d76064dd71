/**
 * Dutch appeal wording (Netherlands and Flanders). "Steun" and "bijdrage"
 * are everyday words in reporting ("steun voor Oekraïne", "een bijdrage aan
 * het debat"), so only the imperative asks weigh much.
 */
import { phrases } from './phrase-entry.js';

export const NL = [
  ...phrases('donation', [
    ['steun ons', 1.5], ['steun onze journalistiek', 2], ['steun onafhankelijke journalistiek', 2], ['word lid', 1.5],
    ['word nu lid', 2], ['lid worden', 1], ['doneer', 1.5], ['doneer nu', 2], ['doneren', 1], ['donatie*', 1], ['geef een bijdrage', 2],
    ['draag bij', 1], ['jouw steun', 1], ['uw steun', 1], ['met jouw bijdrage', 1.5], ['onafhankelijke journalistiek', 1],
    ['maandelijks', 0.5], ['eenmalig', 0.5],
  ]),
  ...phrases('newsletter', [
    ['nieuwsbrie*', 1], ['meld je aan voor onze nieuwsbrief', 2], ['meld je aan voor de nieuwsbrief', 2],
    ['schrijf je in voor onze nieuwsbrief', 2], ['abonneer je op onze nieuwsbrief', 2], ['ontvang onze nieuwsbrief', 2],
    ['meld je aan', 1], ['meld u aan', 1], ['schrijf je in', 1], ['in je inbox', 1.5], ['in je mailbox', 1.5],
    ['in uw mailbox', 1.5], ['je e-mailadres', 1], ['uw e-mailadres', 1], ['e-mailadres', 0.5], ['altijd afmelden', 1.5],
  ]),
  ...phrases('subscription', [
    ['neem een abonnement', 2], ['word abonnee', 2], ['al abonnee', 2], ['alleen voor abonnees', 2], ['exclusief voor abonnees', 2], ['abonnee*', 0.5],
    ['digitaal abonnement', 1.5], ['proefabonnement', 1.5], ['gratis artikelen', 1.5], ['lees verder met', 1.5],
    ['maandelijks opzegbaar', 1.5], ['altijd opzegbaar', 1.5], ['dagelijks opzegbaar', 1.5], ['eerste maand gratis', 1.5],
  ]),
  ...phrases(null, [
    ['herinner me later', 1.5], ['nee, bedankt', 1], ['nee bedankt', 1], ['niet nu', 0.5], ['privacyverklaring', 0.5],
  ]),
];
