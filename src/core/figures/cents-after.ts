/**
 * The hundredths written after a whole amount of money: "thirteen dollars and
 * forty-five cents", "3 euros con 99 céntimos", "15 dollari e 50 centesimi".
 * Only after a currency *word* and without a scale ("5 million dollars and 3
 * cents" is not a price); without the cents word only at the end of a clause,
 * so "15 dollars 50 times" stays 15.
 */
import type { FigureLexicon } from './figure-language.js';
import { digitNumbers, type NumberCandidate } from './number-candidates.js';
import { spelledNumbers } from './spelled-numbers.js';

const LINK = /^[\s,]*(?:(?:and|y|con|e|et|und|и)\s+)?/iu;
const CENTS = /^\s*(?:cents?|centavos?|céntimos?|centesimi|centimes?|pence|kopeks?|копе\p{L}*)(?![\p{L}])/iu;
const CLAUSE_END = /^\s*(?:$|[.;!?)](?!\d))/;
/** Enough for "and forty-five cents". */
const WINDOW = 40;

/** The value of the cents after a money figure ending at `end`, and where they end; null when none follow. */
export function centsAfter(text: string, end: number, lexicon: FigureLexicon): { value: number; end: number } | null {
  const tail = text.slice(end, end + WINDOW);
  const link = LINK.exec(tail)?.[0] ?? '';
  const numbers = [...digitNumbers(tail, 'en'), ...spelledNumbers(tail, lexicon)];
  const cents = numbers.find((number) => number.start === link.length);
  if (!cents || !Number.isInteger(cents.value) || cents.value < 1 || cents.value > 99) return null;
  const word = CENTS.exec(tail.slice(cents.end));
  if (word) return { value: cents.value / 100, end: end + cents.end + word[0].length };
  return spokenPrice(tail, link, cents) ? { value: cents.value / 100, end: end + cents.end } : null;
}

/**
 * "15 dollari 50.", "thirteen dollars forty five", "25 euros con 50": a price
 * read aloud drops the cents word. Taken only when the cents end the clause,
 * come with no comma before them and, in digits, are written with two.
 */
function spokenPrice(tail: string, link: string, cents: NumberCandidate): boolean {
  if (link.includes(',') || !CLAUSE_END.test(tail.slice(cents.end))) return false;
  return cents.spelled || cents.end - cents.start === 2;
}
