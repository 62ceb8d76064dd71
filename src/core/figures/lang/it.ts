/** Italian number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';
import { hundreds, italianCompounds, joinedHundreds, thousands } from './compound-numbers.js';

const UNITS = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const TENS = ['', 'dieci', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];

const BELOW_HUNDRED: Record<string, number> = {
  uno: 1, due: 2, tre: 3, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
  tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
  venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90,
  ...italianCompounds({ units: UNITS, tens: TENS }),
};
const HUNDREDS: Record<string, number> = { cento: 100, ...hundreds(UNITS, 'cento') };

export const ITALIAN: FigureLanguage = {
  // "centoventi", "duecentottanta": Italian writes the numbers below a thousand as one word.
  joinedNumberWords: () => ({ ...joinedHundreds(HUNDREDS, BELOW_HUNDRED, true), ...thousands(UNITS, 'mila') }),
  numberWords: {
    due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12,
    tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
    venti: 20, trenta: 30, quaranta: 40, cinquanta: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90,
    mille: 1000, dozzina: 12,
    ...italianCompounds({ units: UNITS, tens: TENS }),
    ...HUNDREDS,
  },
  scales: { mila: 1e3, milione: 1e6, milioni: 1e6, mln: 1e6, miliardo: 1e9, miliardi: 1e9, mld: 1e9, mrd: 1e9 },
  currencyWords: {
    euro: 'EUR', dollari: 'USD', dollaro: 'USD', sterline: 'GBP', sterlina: 'GBP', rubli: 'RUB', franchi: 'CHF',
    'franchi svizzeri': 'CHF', yen: 'JPY', yuan: 'CNY', 'dollari australiani': 'AUD', 'dollari canadesi': 'CAD',
    'dollari di hong kong': 'HKD', 'dollari americani': 'USD', pesetas: 'ESP', 'marchi finlandesi': 'FIM', 'fiorini olandesi': 'NLG',
  },
  percentWords: ['per cento', 'percento', 'percentuale', 'punti percentuali', 'punto percentuale'],
  fractions: { 'la metà': 50, 'un terzo': 33.3, 'due terzi': 66.7, 'un quarto': 25, 'tre quarti': 75 },
  stopWords: ['minuti', 'giorni', 'settimane', 'mesi', 'secondi', 'e', 'o', 'di', 'del', 'della', 'il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'una', 'in', 'con', 'per', 'anni', 'ore', 'più', 'che', 'a', 'al'],
  nounFirst: true,
  currencyLinks: ['di'],
  // "tre e mezzo": a whole and a half.
  numberLinks: ['e'],
  decimalPoints: ['virgola'],
  denominators: {
    mezzo: 2, mezzi: 2, terzo: 3, terzi: 3, quarto: 4, quarti: 4, quinto: 5, quinti: 5, sesto: 6, sesti: 6,
    settimo: 7, settimi: 7, ottavo: 8, ottavi: 8, nono: 9, noni: 9, decimo: 10, decimi: 10,
    centesimo: 100, centesimi: 100, millesimo: 1000, millesimi: 1000,
  },
  oneArticles: ['un', 'uno', 'una'],
};
