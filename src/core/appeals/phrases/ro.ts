/**
 * Romanian appeal wording, with the comma-below "ș" and "ț"; the cedilla forms
 * many sites still type ("ş", "ţ") match as well (see `phrase-text.ts`).
 * "Sprijin" and "donație" are everyday news words (state aid, a hospital
 * donation), so only asks addressed to the reader weigh much.
 */
import { phrases } from './phrase-entry.js';

export const RO = [
  ...phrases('donation', [
    ['susține-ne', 2], ['susține jurnalismul independent', 2], ['susțineți-ne', 2], ['fă o donație', 2], ['donează', 1.5],
    ['donați*', 0.5], ['jurnalism* independent', 1], ['devino membru', 1.5], ['devino susținător', 2], ['contribuția ta', 1.5],
    ['sprijinul tău', 1], ['lunar', 0.5],
  ]),
  ...phrases('newsletter', [
    ['abonează-te la newsletter', 2], ['abonați-vă la newsletter', 2], ['adresa ta de e-mail', 1.5], ['adresa de e-mail', 1],
    ['în inbox', 1.5], ['te poți dezabona oricând', 1.5], ['vă puteți dezabona oricând', 1.5],
  ]),
  ...phrases('subscription', [
    ['abonează-te', 1.5], ['abonați-vă', 1.5], ['abonament*', 0.5], ['ești deja abonat', 2], ['doar pentru abonați', 2],
    ['continuă să citești', 1],
  ]),
  ...phrases(null, [
    ['amintește-mi mai târziu', 1.5], ['nu, mulțumesc', 1], ['politica de confidențialitate', 0.5],
  ]),
];
