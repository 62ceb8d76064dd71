/** Spanish number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';
import { joinedCompounds } from './compound-numbers.js';
import { spanishDenominator } from './es-fraction-words.js';

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
  percentWords: ['por ciento', 'por cien', 'puntos porcentuales', 'punto porcentual'],
  fractions: { 'la mitad': 50, 'un tercio': 33.3, 'dos tercios': 66.7, 'un cuarto': 25, 'tres cuartos': 75 },
  stopWords: ['minutos', 'días', 'semanas', 'meses', 'segundos', 'y', 'o', 'de', 'del', 'el', 'la', 'los', 'las', 'un', 'una', 'en', 'con', 'por', 'para', 'años', 'horas', 'más', 'que', 'a', 'al'],
  nounFirst: true,
  currencyLinks: ['de'],
  numberLinks: ['y'],
  // "siete con cincuenta" (7.50) is how prices and rates are read out.
  decimalPoints: ['coma', 'punto', 'con'],
  // "tres quintos", "un veintiunavo", "tres dosmilésimos": read by their endings.
  denominators: {},
  readDenominator: spanishDenominator,
  oneArticles: ['un', 'una', 'uno'],
};

