/**
 * Romanian appeal wording. "ș" and "ț" are written with a cedilla ("ş", "ţ"),
 * as many sites still type them; page text is folded the same way (see
 * `normalizeForPhrases`). "Sprijin" and "donaţie" are everyday news words
 * (state aid, a hospital donation), so only asks addressed to the reader weigh much.
 */
import { phrases } from './phrase-entry.js';

export const RO = [
  ...phrases('donation', [
    ['susţine-ne', 2], ['susţine jurnalismul independent', 2], ['susţineţi-ne', 2], ['fă o donaţie', 2], ['donează', 1.5],
    ['donaţi*', 0.5], ['jurnalism* independent', 1], ['devino membru', 1.5], ['devino susţinător', 2], ['contribuţia ta', 1.5],
    ['sprijinul tău', 1], ['lunar', 0.5],
  ]),
  ...phrases('newsletter', [
    ['abonează-te la newsletter', 2], ['abonaţi-vă la newsletter', 2], ['adresa ta de e-mail', 1.5], ['adresa de e-mail', 1],
    ['în inbox', 1.5], ['te poţi dezabona oricând', 1.5], ['vă puteţi dezabona oricând', 1.5],
  ]),
  ...phrases('subscription', [
    ['abonează-te', 1.5], ['abonaţi-vă', 1.5], ['abonament*', 0.5], ['eşti deja abonat', 2], ['doar pentru abonaţi', 2],
    ['continuă să citeşti', 1],
  ]),
  ...phrases(null, [
    ['aminteşte-mi mai târziu', 1.5], ['nu, mulţumesc', 1], ['politica de confidenţialitate', 0.5],
  ]),
];
