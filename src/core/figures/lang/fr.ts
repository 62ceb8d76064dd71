/** French number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';
import { joinedCompounds } from './compound-numbers.js';

const UNITS = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const TEENS = ['', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const TENS = { 20: 'vingt', 30: 'trente', 40: 'quarante', 50: 'cinquante', 60: 'soixante', 80: 'quatre-vingt' };

export const FRENCH: FigureLanguage = {
  numberWords: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
    treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19,
    vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, 'quatre-vingt': 80,
    'quatre-vingts': 80, 'quatre-vingt-dix': 90, septante: 70, huitante: 80, octante: 80, nonante: 90,
    cent: 100, mille: 1000, douzaine: 12,
    // "vingt-deux"; 70s and 90s count on from 60 and 80 ("soixante-douze").
    ...joinedCompounds(TENS, UNITS, '-'),
    ...joinedCompounds({ 70: 'soixante', 90: 'quatre-vingt' }, TEENS, '-'),
  },
  scales: { mille: 1e3, million: 1e6, millions: 1e6, md: 1e9, mds: 1e9, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12 },
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livres: 'GBP', 'livres sterling': 'GBP', roubles: 'RUB',
    francs: 'CHF', 'francs suisses': 'CHF', yen: 'JPY', yens: 'JPY', yuan: 'CNY', yuans: 'CNY',
    'dollars américains': 'USD', 'dollars canadiens': 'CAD', 'dollars australiens': 'AUD', 'dollars de hong kong': 'HKD',
    // "16,4 millions de $ c": Canadian and Hong Kong dollars marked after the sign.
    '$ c': 'CAD', '$c': 'CAD', '$ ca': 'CAD', '$ can': 'CAD', '$ cad': 'CAD', '$cad': 'CAD', '$ hk': 'HKD', '$hk': 'HKD',
    '$ us': 'USD', '$us': 'USD', '$ usd': 'USD', '$ é.-u.': 'USD',
    pesetas: 'ESP', 'mark finlandais': 'FIM', 'marks finlandais': 'FIM', 'florins hollandais': 'NLG',
  },
  percentWords: ['pour cent', 'pourcent', 'pourcents', 'pourcentage', 'pourcentages', 'points de pourcentage', 'point de pourcentage'],
  fractions: { 'la moitié': 50, 'un tiers': 33.3, 'deux tiers': 66.7, 'un quart': 25, 'trois quarts': 75 },
  stopWords: ['minutes', 'jours', 'semaines', 'mois', 'secondes', 'et', 'ou', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une', 'en', 'dans', 'pour', 'par', 'sur', 'avec', 'ans', 'heures', 'plus', 'que', 'à', 'au', 'aux'],
  nounFirst: true,
  currencyLinks: ['de', "d'", 'd’'],
  numberLinks: ['et'],
  decimalPoints: ['virgule'],
  denominators: {
    demi: 2, demis: 2, tiers: 3, quart: 4, quarts: 4, cinquième: 5, cinquièmes: 5, sixième: 6, sixièmes: 6,
    septième: 7, septièmes: 7, huitième: 8, huitièmes: 8, neuvième: 9, neuvièmes: 9, dixième: 10, dixièmes: 10,
    centième: 100, centièmes: 100, millième: 1000, millièmes: 1000,
  },
  oneArticles: ['un', 'une'],
};
