/**
 * Currency symbols and ISO 4217 codes, independent of the article language.
 * Currency *words* ("euros", "рублей") live in the language modules.
 */

/** Prefix symbols, longest first so "US$" wins over "$". Matched case-insensitively ("c$16.4 million"). */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['USD$', 'USD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['HK$', 'HKD'],
  ['NZ$', 'NZD'], ['S$', 'SGD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['NT$', 'TWD'], ['$', 'USD'], ['€', 'EUR'],
  ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₺', 'TRY'], ['₴', 'UAH'], ['₪', 'ILS'],
  ['₦', 'NGN'], ['₱', 'PHP'], ['฿', 'THB'], ['zł', 'PLN'], ['Rs.', 'INR'], ['Rs', 'INR'], ['Fr.', 'CHF'],
];

/** ISO 4217 codes recognised when written next to a number ("CHF 300", "300 EUR"). */
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD', 'CHF', 'SEK', 'NOK',
  'DKK', 'PLN', 'CZK', 'HUF', 'BRL', 'MXN', 'KRW', 'TRY', 'UAH', 'ILS', 'ZAR', 'NGN', 'AED', 'SAR', 'TWD', 'THB',
]);

/** Normalises codes written in a non-standard way. */
export function normalizeCode(code: string): string {
  const upper = code.toUpperCase();
  return upper === 'RMB' ? 'CNY' : upper;
}
