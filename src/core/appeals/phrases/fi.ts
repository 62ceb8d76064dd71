/**
 * Finnish appeal wording; stems (`*`) cover case endings ("uutiskirjeemme",
 * "tilaajille"). "Tuki" (state aid) and "tilaus" (an order) are everyday news
 * words: alone they are weak hints.
 */
import { phrases } from './phrase-entry.js';

export const FI = [
  ...phrases('donation', [
    ['tue journalismia', 2], ['tue työtämme', 2], ['tue meitä', 2], ['lahjoita', 1.5], ['lahjoitu*', 0.5],
    ['riippumaton* journalism*', 1], ['kuukausilahjoit*', 1.5], ['kertalahjoit*', 1.5], ['ryhdy kannatusjäseneksi', 2],
  ]),
  ...phrases('newsletter', [
    ['tilaa uutiskirje*', 2], ['uutiskirje*', 1.5], ['sähköpostiisi', 1.5], ['sähköpostiosoitteesi', 1],
    ['voit perua tilauksen milloin tahansa', 1.5],
  ]),
  ...phrases('subscription', [
    ['tilaa nyt', 1.5], ['vain tilaajille', 2], ['tilaajille', 1.5], ['oletko jo tilaaja', 2], ['jatka lukemista', 1],
    ['tilaus*', 0.5], ['digitilaus*', 1.5], ['ensimmäinen kuukausi', 1],
  ]),
  ...phrases(null, [
    ['muistuta myöhemmin', 1.5], ['ei kiitos', 1], ['tietosuojaseloste', 0.5],
  ]),
];
