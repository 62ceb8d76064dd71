/**
 * Swedish appeal wording. "Stöd" and "stötta" are everyday words in
 * reporting ("stöd till Ukraina"), so only the asks addressed to the reader
 * weigh much; "Swisha" is the Swedish way to give a small sum by phone.
 */
import { phrases } from './phrase-entry.js';

export const SV = [
  ...phrases('donation', [
    ['stöd oss', 1.5], ['stötta oss', 2], ['stöd vår journalistik', 2], ['stötta vår journalistik', 2],
    ['stötta oberoende journalistik', 2], ['oberoende journalistik', 1], ['ditt stöd', 1], ['bli medlem', 1.5], ['bli supporter', 1.5],
    ['donera', 1], ['donera nu', 2], ['ge en gåva', 2], ['swisha', 1.5], ['månadsgivare', 2], ['engångsgåva', 1.5],
    ['varje månad', 0.5],
  ]),
  ...phrases('newsletter', [
    ['nyhetsbrev*', 1], ['prenumerera på vårt nyhetsbrev', 2], ['prenumerera på nyhetsbrevet', 2],
    ['anmäl dig till vårt nyhetsbrev', 2], ['anmäl dig', 1], ['i din inkorg', 1.5], ['till din inkorg', 1.5],
    ['din e-postadress', 1], ['e-postadress', 0.5],
  ]),
  ...phrases('subscription', [
    ['prenumerera', 0.5], ['prenumerera nu', 1.5], ['bli prenumerant', 2], ['redan prenumerant', 2],
    ['för prenumeranter', 1.5], ['endast för prenumeranter', 2], ['gratis artiklar', 1.5], ['fortsätt läsa med', 1.5], ['ingen bindningstid', 1.5],
    ['säg upp när du vill', 1.5], ['digital prenumeration', 1.5], ['kr/mån', 1],
  ]),
  ...phrases(null, [
    ['påminn mig senare', 1.5], ['nej tack', 1], ['inte nu', 0.5], ['integritetspolicy', 0.5],
  ]),
];
