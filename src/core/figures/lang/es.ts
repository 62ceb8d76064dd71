/** Spanish number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';
import { joinedCompounds } from './compound-numbers.js';

const UNITS = ['', 'uno', 'dós', 'trés', 'cuatro', 'cinco', 'séis', 'siete', 'ocho', 'nueve'];
const PLAIN_UNITS = ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];

export const SPANISH: FigureLanguage = {
  numberWords: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
    trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19,
    veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
    cien: 100, ciento: 100, doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600,
    setecientos: 700, ochocientos: 800, novecientos: 900, mil: 1000, docena: 12,
    // "veintidós" is written with an accent, "veintidos" often without.
    ...joinedCompounds({ 20: 'veinti' }, UNITS, ''),
    ...joinedCompounds({ 20: 'veinti' }, PLAIN_UNITS, ''),
  },
  scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, billón: 1e12, billones: 1e12, mdd: 1e6 },
  currencyWords: {
    euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', dolar: 'USD', dolares: 'USD', libras: 'GBP', 'libras esterlinas': 'GBP',
    rublos: 'RUB', pesos: 'MXN', yen: 'JPY', yenes: 'JPY', yuan: 'CNY', yuanes: 'CNY', francos: 'CHF', 'francos suizos': 'CHF',
    'dólares estadounidenses': 'USD', 'dólares canadienses': 'CAD', 'dólares australianos': 'AUD', 'dólares de hong kong': 'HKD',
    reales: 'BRL', pesetas: 'ESP', 'marcos finlandeses': 'FIM', 'florines neerlandeses': 'NLG',
  },
  percentWords: ['por ciento', 'por cien', 'puntos porcentuales'],
  fractions: { 'la mitad': 50, 'un tercio': 33.3, 'dos tercios': 66.7, 'un cuarto': 25, 'tres cuartos': 75 },
  stopWords: ['minutos', 'días', 'semanas', 'meses', 'segundos', 'y', 'o', 'de', 'del', 'el', 'la', 'los', 'las', 'un', 'una', 'en', 'con', 'por', 'para', 'años', 'horas', 'más', 'que', 'a', 'al'],
  nounFirst: true,
  currencyLinks: ['de'],
  numberLinks: ['y'],
  // "siete con cincuenta" (7.50) is how prices and rates are read out.
  decimalPoints: ['coma', 'punto', 'con'],
  // "tres quintos", "un veintiunavo", "tres dosmilésimos": ordinals and "-avos" divide.
  denominators: spanishDenominators(),
  oneArticles: ['un', 'una', 'uno'],
};

/**
 * Spanish fraction words: the ordinals ("quinto", "décimo", "milésimo"), the
 * cardinal plus "-avo" from eleven on ("onceavo", "veintiunavo"; "cincoavo" is
 * heard too), and thousandths of a count ("dosmilésimos").
 */
function spanishDenominators(): Record<string, number> {
  const words: Record<string, number> = {
    medio: 2, tercio: 3, cuarto: 4, quinto: 5, sexto: 6, séptimo: 7, septimo: 7, octavo: 8, noveno: 9,
    décimo: 10, decimo: 10, centésimo: 100, centesimo: 100, milésimo: 1000, milesimo: 1000,
  };
  const cardinals: Array<[string, number]> = [...PLAIN_UNITS.slice(2).map((word, index): [string, number] => [word, index + 2]),
    ['diez', 10], ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciseis', 16], ['diecisiete', 17],
    ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20], ['treinta', 30], ['cuarenta', 40], ['cincuenta', 50],
    ...PLAIN_UNITS.slice(1).map((word, index): [string, number] => [`veinti${word}`, 21 + index])];
  for (const [word, value] of cardinals) {
    words[`${word}avo`] = value;
    words[`${word.replace(/[aeo]$/, '')}avo`] = value;
  }
  for (let unit = 2; unit <= 9; unit++) {
    words[`${PLAIN_UNITS[unit]}milésimo`] = unit * 1000;
    words[`${PLAIN_UNITS[unit]}milesimo`] = unit * 1000;
  }
  for (const [word, value] of Object.entries(words)) words[`${word}s`] = value;
  return words;
}
