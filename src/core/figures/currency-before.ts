/**
 * Reads a currency written right before a number: "$", "US$", "c $", "€",
 * "CHF ", "EUR ", "Rs.", "aud$", "U$D". Runs once per number on the page, so it
 * looks at the few characters before the number and does map lookups, never
 * a scan of every symbol.
 */
import { CURRENCY_SYMBOLS, DOLLAR_PREFIXES, ISO_CODES, normalizeCode, SPACED_DOLLAR_PREFIXES } from './currencies.js';

/** Single-character symbols other than "$", and symbols written with letters ("Rs.", "zł"). */
const SYMBOL_CODES: ReadonlyMap<string, string> = new Map(CURRENCY_SYMBOLS.filter(([symbol]) => !symbol.includes('$')));
const SPACE = /[\s\u00a0\u202f]/;
const TOKEN_CHAR = /[\p{L}.$]/u;

/** The currency ending `before` (the text up to a number) and how many characters it takes, or null. */
export function currencyBefore(before: string): { code: string; length: number } | null {
  let end = before.length;
  if (end > 0 && SPACE.test(before[end - 1] as string)) end--;
  if (end === 0) return null;
  const last = before[end - 1] as string;
  if (last !== '$' && !TOKEN_CHAR.test(last)) {
    const code = SYMBOL_CODES.get(last);
    return code ? { code, length: before.length - end + 1 } : null;
  }
  let start = end;
  while (start > 0 && TOKEN_CHAR.test(before[start - 1] as string)) start--;
  // "u.s $" and "c $": a known prefix word, one space, then a bare "$".
  const token = before.slice(start, end);
  if (token === '$' && start >= 2 && SPACE.test(before[start - 1] as string)) {
    let wordStart = start - 1;
    while (wordStart > 0 && TOKEN_CHAR.test(before[wordStart - 1] as string)) wordStart--;
    const word = before.slice(wordStart, start - 1).toLowerCase();
    if (SPACED_DOLLAR_PREFIXES.has(word)) return { code: DOLLAR_PREFIXES.get(word) as string, length: before.length - wordStart };
  }
  const code = tokenCode(token);
  return code ? { code, length: before.length - start } : null;
}

function tokenCode(token: string): string | null {
  const lower = token.toLowerCase();
  if (lower.endsWith('$')) {
    const prefix = lower.slice(0, -1);
    return DOLLAR_PREFIXES.get(prefix) ?? (ISO_CODES.has(prefix.toUpperCase()) ? normalizeCode(prefix) : null);
  }
  if (lower === 'u$d' || lower === 'u$s') return 'USD';
  // Letter symbols and codes only as written: "EUR 5" and "Rs 5", never "eur" or "rs" in running text.
  if (ISO_CODES.has(token)) return normalizeCode(token);
  return SYMBOL_CODES.get(token) ?? null;
}
