/**
 * Spelled numbers that some languages write as one word: German
 * "siebenunddreißig", Italian "ventisette", Spanish "veinticinco", French
 * "vingt-deux". Generated once, so each language module lists only its roots.
 */

/** Units and tens of one language: `units[n]` is n (1–9), `tens[t]` is t × 10 (2–9). */
interface Roots {
  units: readonly string[];
  tens: readonly string[];
}

/** German 21–99: unit, "und", ten ("einundzwanzig"); "ein" stands for one inside a compound. */
export function germanCompounds({ units, tens }: Roots): Record<string, number> {
  const words: Record<string, number> = {};
  for (let ten = 2; ten <= 9; ten++) {
    for (let unit = 1; unit <= 9; unit++) words[`${unit === 1 ? 'ein' : units[unit]}und${tens[ten]}`] = ten * 10 + unit;
  }
  return words;
}

/** Italian 21–99: ten then unit, the ten's last vowel dropped before "uno" and "otto" ("ventuno", "trentotto"). */
export function italianCompounds({ units, tens }: Roots): Record<string, number> {
  const words: Record<string, number> = {};
  for (let ten = 2; ten <= 9; ten++) {
    for (let unit = 1; unit <= 9; unit++) {
      const stem = unit === 1 || unit === 8 ? (tens[ten] as string).slice(0, -1) : (tens[ten] as string);
      words[`${stem}${unit === 3 ? 'tré' : units[unit]}`] = ten * 10 + unit;
      if (unit === 3) words[`${stem}tre`] = ten * 10 + 3;
    }
  }
  return words;
}

/** Hyphenated or joined forms "<ten><joiner><unit>" for 2x–9x: French "vingt-deux", Spanish "veintidós" (with its own unit spellings). */
export function joinedCompounds(tens: Readonly<Record<number, string>>, units: readonly string[], joiner: string): Record<string, number> {
  const words: Record<string, number> = {};
  for (const [ten, word] of Object.entries(tens)) {
    for (let unit = 1; unit <= 9; unit++) words[`${word}${joiner}${units[unit]}`] = Number(ten) + unit;
  }
  return words;
}

/** Hundreds written as one word: "zweihundert", "duecento", "doscientos" (the caller lists the irregular ones). */
export function hundreds(units: readonly string[], hundred: string, from = 2): Record<string, number> {
  const words: Record<string, number> = {};
  for (let unit = from; unit <= 9; unit++) words[`${units[unit]}${hundred}`] = unit * 100;
  return words;
}

/** Thousands written as one word: "duemila", "zweitausend". */
export function thousands(units: readonly string[], thousand: string): Record<string, number> {
  const words: Record<string, number> = {};
  for (let unit = 2; unit <= 9; unit++) words[`${units[unit]}${thousand}`] = unit * 1000;
  return words;
}

/**
 * Hundreds joined to the rest in one word: German "einhundertneunundneunzig",
 * Italian "duecentocinquanta". `belowHundred` lists 1–99 as the language writes
 * them inside a compound; `elide` drops a hundred's last vowel before a vowel ("centottanta").
 */
export function joinedHundreds(hundredWords: Readonly<Record<string, number>>, belowHundred: Readonly<Record<string, number>>, elide = false): Record<string, number> {
  const words: Record<string, number> = {};
  for (const [hundred, hundreds] of Object.entries(hundredWords)) {
    for (const [rest, value] of Object.entries(belowHundred)) {
      if (value < 1 || value > 99) continue;
      words[`${hundred}${rest}`] = hundreds + value;
      if (elide && /^[aeiou]/.test(rest)) words[`${hundred.slice(0, -1)}${rest}`] = hundreds + value;
    }
  }
  return words;
}
