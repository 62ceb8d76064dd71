/** German number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';
import { germanCompounds, hundreds, joinedHundreds, thousands } from './compound-numbers.js';

const UNITS = ['', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TENS = ['', 'zehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

const BELOW_HUNDRED: Record<string, number> = {
  eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  ...germanCompounds({ units: UNITS, tens: TENS }),
};
const HUNDREDS: Record<string, number> = { hundert: 100, einhundert: 100, ...hundreds(UNITS, 'hundert') };

export const GERMAN: FigureLanguage = {
  numberWords: {
    ...BELOW_HUNDRED,
    ...HUNDREDS,
    tausend: 1000, dutzend: 12,
    // "zweieinhalb Prozent", "eineinhalb Millionen", "anderthalb": German joins a half to the number.
    anderthalb: 1.5, ...halves(),
  },
  // "einhundertneunundneunzig": German writes the numbers below a thousand as one word.
  joinedNumberWords: () => ({ ...joinedHundreds(HUNDREDS, BELOW_HUNDRED), ...thousands(UNITS, 'tausend') }),
  scales: {
    tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9,
    billion: 1e12, billionen: 1e12, bio: 1e12,
  },
  currencyWords: {
    euro: 'EUR', dollar: 'USD', 'us-dollar': 'USD', franken: 'CHF', 'schweizer franken': 'CHF', pfund: 'GBP',
    'pfund sterling': 'GBP', rubel: 'RUB', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY',
    'kanadische dollar': 'CAD', 'kanadischen dollar': 'CAD', 'australische dollar': 'AUD', 'australischen dollar': 'AUD',
    'hongkong-dollar': 'HKD', 'd-mark': 'DEM', 'deutsche mark': 'DEM', 'finnische mark': 'FIM',
  },
  percentWords: ['prozent', 'prozentpunkt', 'prozentpunkte', 'prozentpunkten', 'v. h.'],
  fractions: { 'die hälfte': 50, 'ein drittel': 33.3, 'zwei drittel': 66.7, 'ein viertel': 25, 'drei viertel': 75 },
  stopWords: ['minuten', 'stunden', 'tage', 'tagen', 'wochen', 'monate', 'monaten', 'und', 'oder', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'in', 'im', 'von', 'mit', 'für', 'auf', 'bis', 'jahre', 'jahren', 'uhr', 'mehr', 'als', 'pro', 'je'],
  nounFirst: false,
  nounsCapitalized: true,
  currencyLinks: [],
  numberLinks: [],
  decimalPoints: ['komma'],
  denominators: {
    drittel: 3, viertel: 4, fünftel: 5, sechstel: 6, siebtel: 7, achtel: 8, neuntel: 9, zehntel: 10,
    hundertstel: 100, tausendstel: 1000, halb: 2, halbe: 2, halben: 2,
  },
  oneArticles: ['ein', 'eine', 'einen', 'einem', 'einer'],
};

/** "eineinhalb" … "neuneinhalb": 1.5 to 9.5. */
function halves(): Record<string, number> {
  const words: Record<string, number> = { eineinhalb: 1.5 };
  for (let unit = 2; unit <= 9; unit++) words[`${UNITS[unit]}einhalb`] = unit + 0.5;
  return words;
}
