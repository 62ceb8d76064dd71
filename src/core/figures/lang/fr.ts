/** French number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';

export const FRENCH: FigureLanguage = {
  numberWords: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100, mille: 1000, douzaine: 12,
  },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, md: 1e9, mds: 1e9, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  currencyWords: { euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livres: 'GBP', roubles: 'RUB', francs: 'CHF' },
  percentWords: ['pour cent', 'pourcent', 'points de pourcentage'],
  fractions: { 'la moitié': 50, 'un tiers': 33.3, 'deux tiers': 66.7, 'un quart': 25, 'trois quarts': 75 },
  stopWords: ['et', 'ou', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'en', 'dans', 'pour', 'par', 'sur', 'avec', 'ans', 'heures', 'plus', 'que', 'à', 'au', 'aux'],
  nounFirst: true,
  currencyLinks: ['de', "d'", 'd’'],
};
