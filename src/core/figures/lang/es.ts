/** Spanish number, scale, currency and percent words. */
import type { FigureLanguage } from '../figure-language.js';

export const SPANISH: FigureLanguage = {
  numberWords: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
    veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, cien: 100, mil: 1000, docena: 12,
  },
  scales: { mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, 'mil millones': 1e9, billón: 1e12, billones: 1e12, mdd: 1e6 },
  currencyWords: { euro: 'EUR', euros: 'EUR', dólar: 'USD', dólares: 'USD', dolares: 'USD', libras: 'GBP', rublos: 'RUB', pesos: 'MXN' },
  percentWords: ['por ciento', 'puntos porcentuales'],
  fractions: { 'la mitad': 50, 'un tercio': 33.3, 'dos tercios': 66.7, 'un cuarto': 25, 'tres cuartos': 75 },
  stopWords: ['y', 'o', 'de', 'del', 'el', 'la', 'los', 'las', 'un', 'una', 'en', 'con', 'por', 'para', 'años', 'horas', 'más', 'que', 'a', 'al'],
  nounFirst: true,
  currencyLinks: ['de'],
};
