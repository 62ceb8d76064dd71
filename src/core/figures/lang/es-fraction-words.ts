/**
 * Spanish fraction words, read by their endings rather than listed: a cardinal
 * plus "-avo" divides by that cardinal ("onceavo", "dozavo", "treintaicincoavos"),
 * and a power of a thousand plus "-ésimo" by that power ("milésimo",
 * "veintemilésimas", "millonésimo", "billonésimo"). Either may be feminine or
 * plural. The short ordinals ("quinto", "décimo") are irregular and listed.
 */

const ORDINALS: Readonly<Record<string, number>> = {
  medio: 2, tercio: 3, cuarto: 4, quinto: 5, sexto: 6, septimo: 7, octavo: 8, noveno: 9, decimo: 10, centesimo: 100,
};
const UNITS = ['', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'];
const TEENS: Readonly<Record<string, number>> = {
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
};
const TENS = ['', '', 'veinti', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const POWERS: Readonly<Record<string, number>> = { mil: 1e3, millon: 1e6, billon: 1e12 };
/** Cheap test that a word could be a fraction word at all, before it is normalised. */
const FRACTION_ENDING = /(?:av|[eé]sim|medi|terci|cuart|quint|sext|ptim|octav|noven|cim)[oa]s?$/;

/** What the Spanish fraction word `lower` divides by, or undefined when it is none. */
export function spanishDenominator(lower: string): number | undefined {
  if (!FRACTION_ENDING.test(lower)) return undefined;
  // "décimas" → "decimo": accents, plural and feminine do not change the value.
  const word = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/s$/, '').replace(/a$/, 'o');
  const ordinal = ORDINALS[word];
  if (ordinal !== undefined) return ordinal;
  const avo = /^(.+)avo$/.exec(word);
  if (avo) return elidedCardinal(avo[1] as string);
  const esimo = /^(.*?)(mil|millon|billon)esimo$/.exec(word);
  if (!esimo) return undefined;
  // "mil millonésimo" written as one word is a thousand millionths.
  const count = esimo[1] === '' ? 1 : esimo[1] === 'mil' ? 1e3 : esimo[1] === 'cien' ? 100 : cardinal(esimo[1] as string);
  return count === undefined ? undefined : count * (POWERS[esimo[2] as string] as number);
}

/** A cardinal before "-avo", which may have lost its last vowel or turned "ce" into "z": "oncavo", "dozavo", "veintavo". */
function elidedCardinal(stem: string): number | undefined {
  for (const form of [stem, `${stem}e`, `${stem}a`, `${stem}o`, stem.replace(/z$/, 'ce')]) {
    const value = cardinal(form);
    if (value !== undefined && value > 1) return value;
  }
  return undefined;
}

/** 1–99 written as one word, without accents: "cinco", "dieciseis", "veintiun", "treintaicinco". */
function cardinal(word: string): number | undefined {
  const teen = TEENS[word];
  if (teen !== undefined) return teen;
  const unit = unitValue(word);
  if (unit !== undefined) return unit;
  for (let ten = 2; ten < TENS.length; ten++) {
    const tens = TENS[ten] as string;
    if (word === tens) return ten * 10;
    if (!word.startsWith(tens)) continue;
    const rest = unitValue(ten === 2 ? word.slice(tens.length) : word.slice(tens.length).replace(/^[iy]/, ''));
    return rest === undefined ? undefined : ten * 10 + rest;
  }
  return undefined;
}

function unitValue(word: string): number | undefined {
  if (word === 'uno') return 1;
  const index = UNITS.indexOf(word);
  return index > 0 ? index : undefined;
}
