/** English number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function numberWords(): Record<string, number> {
  const words: Record<string, number> = { dozen: 12, hundred: 100 };
  UNITS.forEach((word, value) => (words[word] = value));
  TENS.forEach((word, tens) => {
    if (!word) return;
    words[word] = tens * 10;
    for (let unit = 1; unit < 10; unit++) words[`${word}-${UNITS[unit]}`] = tens * 10 + unit;
  });
  return words;
}

export const ENGLISH: FigureLanguage = {
  numberWords: numberWords(),
  scales: {
    thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mln: 1e6, mn: 1e6, m: 1e6, mil: 1e6, billion: 1e9,
    billions: 1e9, bn: 1e9, bln: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12, trn: 1e12, tr: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  },
  currencyWords: {
    dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
    ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
    rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', hryvnia: 'UAH', hryvnias: 'UAH', lira: 'TRY',
    won: 'KRW', rand: 'ZAR', shekel: 'ILS', shekels: 'ILS', peso: 'MXN', pesos: 'MXN', real: 'BRL', reais: 'BRL',
    'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'hong kong dollars': 'HKD', 'us dollars': 'USD',
    'u.s. dollars': 'USD', 'swiss francs': 'CHF', 'british pounds': 'GBP', kronor: 'SEK', 'swedish kronor': 'SEK',
    'danish kroner': 'DKK', 'norwegian kroner': 'NOK', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', baht: 'THB',
    ringgit: 'MYR', rupiah: 'IDR', naira: 'NGN', tenge: 'KZT', lari: 'GEL', lei: 'RON', rmb: 'CNY',
    'us dollar': 'USD', 'u.s. dollar': 'USD', 'american dollars': 'USD', 'canadian dollar': 'CAD', 'australian dollar': 'AUD',
    'hong kong dollar': 'HKD', 'new zealand dollars': 'NZD', 'singapore dollars': 'SGD', 'swiss franc': 'CHF',
    'pounds sterling': 'GBP', 'japanese yen': 'JPY', 'chinese yuan': 'CNY',
    // Currencies the euro replaced: still written in history and court pieces.
    markka: 'FIM', markkaa: 'FIM', 'finnish markka': 'FIM', guilder: 'NLG', guilders: 'NLG', 'dutch guilders': 'NLG',
    peseta: 'ESP', pesetas: 'ESP', 'deutsche marks': 'DEM', deutschmarks: 'DEM', 'french francs': 'FRF',
  },
  percentWords: ['%', 'percent', 'percents', 'percentage', 'per cent', 'pct', 'percentage points', 'percentage point', 'pc'],
  fractions: {
    'half of': 50, 'half the': 50, 'a third of': 33.3, 'one third of': 33.3, 'one-third of': 33.3,
    'two thirds of': 66.7, 'two-thirds of': 66.7, 'a quarter of': 25, 'one quarter of': 25, 'one-quarter of': 25,
    'three quarters of': 75, 'three-quarters of': 75, 'a fifth of': 20, 'one-fifth of': 20, 'a tenth of': 10,
  },
  stopWords: [
    'and', 'or', 'of', 'in', 'to', 'from', 'for', 'with', 'on', 'at', 'by', 'as', 'than', 'the', 'a', 'an', 'that',
    'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'have', 'has', 'had',
    'more', 'less', 'fewer', 'over', 'under', 'about', 'per', 'each', 'times', 'years', 'year', 'old', 'percent',
    'out', 'up', 'down', 'ago', 'later', 'earlier', 'before', 'after', 'since', 'until', 'during', 'between', 'into',
    'other', 'others', 'such', 'those', 'these', 'this', 'it', 'its', 'their', 'his', 'her', 'our', 'we', 'they',
    'he', 'she', 'i', 'you', 'not', 'no', 'so', 'if', 'when', 'where', 'while', 'also', 'only', 'just', 'all',
    'days', 'day', 'weeks', 'week', 'months', 'month', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'o’clock',
    'a.m', 'p.m', 'am', 'pm', 'st', 'nd', 'rd', 'th', 'or', 'nor', 'but', 'yet', 'per', 'plus', 'minus', 'then',
  ],
  nounFirst: false,
  currencyLinks: ['of'],
  numberLinks: ['and'],
  decimalPoints: ['point'],
  denominators: {
    half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
    seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
    hundredth: 100, hundredths: 100, thousandth: 1000, thousandths: 1000,
  },
  oneArticles: ['a', 'an'],
};
