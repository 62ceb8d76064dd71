/**
 * Reads a written number: "1,200.5" (English), "1.200,5" (German, Spanish,
 * Italian), "1 200,5" (French, Russian, with a space or a no-break space),
 * "1'200" (Swiss), "1.2", ".5".
 */

/** Languages that write the decimal point as a comma. */
const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'it', 'ru', 'pt', 'nl', 'pl', 'cs', 'sv', 'da', 'nb', 'fi', 'tr', 'uk']);

/** A numeric literal as found in text: digits with group separators and a decimal part. */
export const NUMBER_PATTERN = String.raw`\d{1,3}(?:(?:[,.'’ ]|[\u00a0\u202f\u2009])\d{3}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;

/** Parses a numeric literal; `lang` settles "1.200" and "1,200" when both readings are possible. */
export function parseNumber(literal: string, lang: string | null | undefined): number | null {
  // ".5", ",08": a mark before any digit can only be the decimal point.
  if (/^[.,]\d+$/.test(literal)) return Number(`0.${literal.slice(1)}`);
  const compact = literal.replace(/[\u00a0\u202f\u2009'’\s]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the later one is the decimal point.
    normalized = lastDot > lastComma ? compact.replace(/,/g, '') : compact.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    normalized = isGrouping(compact, ',', lang) ? compact.replace(/,/g, '') : compact.replace(',', '.');
  } else if (lastDot >= 0) {
    normalized = isGrouping(compact, '.', lang) ? compact.replace(/\./g, '') : compact;
  } else {
    normalized = compact;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

/** Whether `mark` separates thousands in `literal` rather than marking decimals. */
function isGrouping(literal: string, mark: string, lang: string | null | undefined): boolean {
  const parts = literal.split(mark);
  const groupsOfThree = parts.slice(1).every((part) => part.length === 3) && (parts[0]?.length ?? 0) <= 3;
  if (!groupsOfThree) return false;
  if (parts.length > 2) return true;
  // One mark and three digits after it: "1,200" is 1200 in English, 1.2 in German; "1.200" the other way round.
  const primary = (lang ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const decimalComma = DECIMAL_COMMA.has(primary);
  return mark === ',' ? !decimalComma : decimalComma;
}
