/**
 * Danish appeal wording. Danish news sites mostly ask for subscriptions
 * ("Bliv abonnent", "Allerede abonnent? Log ind") and newsletter sign-ups;
 * "støtte" is everyday news vocabulary, so only "støt os" is an ask.
 */
import { phrases } from './phrase-entry.js';

export const DA = [
  ...phrases('donation', [
    ['støt os', 1.5], ['støt vores journalistik', 2], ['støt uafhængig journalistik', 2], ['uafhængig journalistik', 1],
    ['bliv medlem', 1.5], ['dit bidrag', 1], ['giv et bidrag', 2], ['donér', 1.5], ['månedligt', 0.5],
  ]),
  ...phrases('newsletter', [
    ['nyhedsbrev*', 1], ['tilmeld dig vores nyhedsbrev', 2], ['tilmeld dig nyhedsbrevet', 2], ['tilmeld dig', 1],
    ['i din indbakke', 1.5], ['din e-mailadresse', 1], ['e-mailadresse', 0.5], ['altid afmelde', 1.5],
  ]),
  ...phrases('subscription', [
    ['bliv abonnent', 2], ['køb abonnement', 2], ['allerede abonnent', 2], ['kun for abonnenter', 2], ['for abonnenter', 1.5],
    ['digitalt abonnement', 1.5], ['ingen binding', 1.5], ['opsig når som helst', 1.5], ['første måned gratis', 1.5],
  ]),
  ...phrases(null, [
    ['påmind mig senere', 1.5], ['nej tak', 1], ['ikke nu', 0.5], ['privatlivspolitik', 0.5],
  ]),
];
