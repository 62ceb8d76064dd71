/**
 * Currency symbols and ISO 4217 codes, independent of the article language.
 * Currency *words* ("euros", "рублей") live in the language modules.
 */

/** Symbols, matched case-insensitively when they hold a "$" ("c$16.4 million"), otherwise as written. */
export const CURRENCY_SYMBOLS: ReadonlyArray<readonly [string, string]> = [
  ['US$', 'USD'], ['USD$', 'USD'], ['CA$', 'CAD'], ['C$', 'CAD'], ['AU$', 'AUD'], ['A$', 'AUD'], ['HK$', 'HKD'],
  ['NZ$', 'NZD'], ['S$', 'SGD'], ['R$', 'BRL'], ['MX$', 'MXN'], ['NT$', 'TWD'], ['$', 'USD'], ['€', 'EUR'],
  ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₺', 'TRY'], ['₴', 'UAH'], ['₪', 'ILS'],
  ['₦', 'NGN'], ['₱', 'PHP'], ['฿', 'THB'], ['₡', 'CRC'], ['₭', 'LAK'], ['₾', 'GEL'], ['₸', 'KZT'], ['元', 'CNY'],
  ['zł', 'PLN'], ['Rs.', 'INR'], ['Rs', 'INR'], ['Fr.', 'CHF'],
];

/** ISO 4217 codes recognised when written next to a number ("CHF 300", "300 EUR"). */
export const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'CAD', 'AUD', 'HKD', 'NZD', 'SGD', 'CHF', 'SEK', 'NOK',
  'DKK', 'PLN', 'CZK', 'HUF', 'BRL', 'MXN', 'KRW', 'TRY', 'UAH', 'ILS', 'ZAR', 'NGN', 'AED', 'SAR', 'TWD', 'THB',
  'MYR', 'IDR', 'KZT', 'GEL', 'RON', 'ARS', 'CLP', 'COP', 'EGP', 'PKR', 'VND', 'BYN',
]);

/** Normalises codes written in a non-standard way. */
export function normalizeCode(code: string): string {
  const upper = code.toUpperCase();
  return upper === 'RMB' ? 'CNY' : upper;
}

/**
 * What the letters glued to a "$" say, lower case: "c$" and "cad$" are Canadian,
 * "u$d"/"u$s" (Latin American usage) American. Letters not listed here, other
 * than an ISO code, leave the "$" unread ("the$5" is a typo, not a currency).
 */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['', 'USD'], ['us', 'USD'], ['u.s.', 'USD'], ['u.s', 'USD'], ['usd', 'USD'], ['u$d', 'USD'], ['u$s', 'USD'],
  ['c', 'CAD'], ['ca', 'CAD'], ['can', 'CAD'], ['cad', 'CAD'], ['a', 'AUD'], ['au', 'AUD'], ['aud', 'AUD'],
  ['hk', 'HKD'], ['hkd', 'HKD'], ['nz', 'NZD'], ['nzd', 'NZD'], ['s', 'SGD'], ['sgd', 'SGD'], ['r', 'BRL'],
  ['mx', 'MXN'], ['mxn', 'MXN'], ['nt', 'TWD'], ['twd', 'TWD'],
]);

/**
 * Prefixes that still mean a currency when a space separates them from the "$"
 * ("c $ 16.4 million", "hk $ 10 billion", as tokenised news text writes them).
 * One-letter words that are also ordinary words ("a $5 fee") are left out.
 */
export const SPACED_DOLLAR_PREFIXES = new Set(['us', 'u.s.', 'u.s', 'c', 'hk', 'nz', 'usd', 'cad', 'aud', 'hkd', 'nzd']);
