/** Italian number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';

export const ITALIAN: FigureLanguage = {
  numberWords: {
    due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
    venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, cento: 100, mille: 1000, dozzina: 12,
  },
  scales: { mila: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9 },
  currencyWords: { euro: 'EUR', dollari: 'USD', dollaro: 'USD', sterline: 'GBP', rubli: 'RUB', franchi: 'CHF' },
  percentWords: ['per cento', 'percento', 'punti percentuali'],
  fractions: { 'la metà': 50, 'un terzo': 33.3, 'due terzi': 66.7, 'un quarto': 25, 'tre quarti': 75 },
  stopWords: ['e', 'o', 'di', 'del', 'della', 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'in', 'con', 'per', 'anni', 'ore', 'più', 'che', 'a', 'al'],
  nounFirst: true,
  currencyLinks: ['di'],
};
