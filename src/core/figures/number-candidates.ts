/**
 * Finds the numbers in a paragraph written in digits (words: spelled-numbers.ts), and drops
 * those that are page furniture or parts of dates: times of day, ordinals,
 * list numbers, phone numbers, "one of", day-of-month numbers.
 */
import type { FigureLexicon } from './figure-language.js';
import { NUMBER_PATTERN, parseNumber } from './parse-number.js';

export interface NumberCandidate {
  start: number;
  end: number;
  value: number;
  /** True when written in words ("two", "a dozen"). */
  spelled: boolean;
}

/**
 * A number glued to a letter, a digit or URL punctuation ("id=17859", "%2020") is part of a code, not a figure,
 * and an exponent ("1,1^23") part of a notation.
 * A decimal without its leading zero (".5%", ",08 por ciento") needs a space or a bracket before its mark.
 * A plus sign is kept only before a percentage ("DAX +1.2%"); elsewhere it opens a phone number ("+7 495").
 */
const DIGITS = new RegExp(String.raw`(?:(?<![\p{L}\p{N}.,#/:%=&?@_^]|[^\s(]\+)(?:${NUMBER_PATTERN})|(?<![^\s(])[.,]\d+)(?![\p{N}])`, 'gu');
const PERCENT_SIGN_AFTER = /^[\s\u00a0]?%/;
/** "3/4%": a written fraction is a number only right before a per cent sign; elsewhere it is a date or a score. */
const FRACTION_BEFORE_PERCENT = /^\/([1-9]\d{0,3})(?=[\s\u00a0]?%)/;
const MONTHS = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?$/i;

/** Numbers written in digits. */
export function digitNumbers(text: string, lang: string | null | undefined): NumberCandidate[] {
  const found: NumberCandidate[] = [];
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match; match = DIGITS.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isFurniture(text, start, end)) continue;
    const value = parseNumber(match[0], lang);
    if (value === null) continue;
    const fraction = FRACTION_BEFORE_PERCENT.exec(text.slice(end, end + 8));
    const candidate = fraction ? { start, end: end + fraction[0].length, value: value / Number(fraction[1]), spelled: false } : { start, end, value, spelled: false };
    if (text[start - 1] !== '+') found.push(withSign(candidate, text));
    // "+2.5%" keeps its sign in the text: it says the figure is a rise.
    else if (PERCENT_SIGN_AFTER.test(text.slice(candidate.end, candidate.end + 2))) found.push({ ...candidate, start: start - 1 });
  }
  return found;
}

function isFurniture(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/^%[0-9A-F]{2}/i.test(after)) return true; // URL-encoded text: "30%25"
  if (/^:\d/.test(after) || /^\s?(a\.?m\.?|p\.?m\.?|h\d\d|uhr|heures?|ч\.)(?![\p{L}])/iu.test(after)) return true; // 10:30, 5 p.m.
  if (/^(st|nd|rd|th|er|e|ème|º|ª|-?й|-?я|-?го)(?![\p{L}])/iu.test(after)) return true; // 1st, 2e, 3-й
  if (start === 0 && /^[.)]\s/.test(after)) return true; // list number "1. "
  if (/^[-‐.\s]?\d{3,4}[-‐.\s]\d{2,4}/.test(after) || /\(\d{3}\)\s?$/.test(before)) return true; // phone numbers
  const previousWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
  const nextWord = /^\s*([\p{L}.]+)/u.exec(after)?.[1] ?? '';
  // "March 12", "12 March", "12. März": the day of a date, unless a currency sign makes it an amount ("$ 37,305.97 February").
  if ((MONTHS.test(previousWord) || MONTHS.test(nextWord)) && !/[$€£¥₽₹][\s\u00a0]?$/.test(before)) return true;
  return false;
}

/** Words that negate the number after them: "minus five percent". */
const MINUS_WORDS = /(?:^|[\s(])(minus|menos|moins|meno|минус)\s+$/iu;

/**
 * A minus sign glued to the number ("-0.3%", "−5°C") when nothing but a space or
 * a bracket precedes it, so "10-15" and "Covid-19" keep their hyphen; or a minus word.
 */
export function withSign(candidate: NumberCandidate, text: string): NumberCandidate {
  const { start } = candidate;
  const sign = text[start - 1];
  if ((sign === '-' || sign === '−') && (start === 1 || /[\s(]/.test(text[start - 2] as string))) return { ...candidate, start: start - 1, value: -candidate.value };
  const word = MINUS_WORDS.exec(text.slice(Math.max(0, start - 8), start));
  if (word) return { ...candidate, start: start - word[0].length + word[0].indexOf(word[1] as string), value: -candidate.value };
  return candidate;
}

/** "one" and "zero" alone are never figures ("one of", "no one", "someone" never reach here). */
export function isCountable(candidate: NumberCandidate, text: string): boolean {
  const size = Math.abs(candidate.value);
  // "zero point five" is a number; "one" or "zero" alone is not.
  if (size < 2 && Number.isInteger(candidate.value)) return false;
  const after = text.slice(candidate.end, candidate.end + 6);
  return !/^\s+of\b/i.test(after) || size >= 100;
}
