/**
 * Per-language word lists for numbers, scales, currencies, percentages and
 * counted nouns. Each language is a data module under `lang/`;
 * `figureLexiconFor` compiles one (with English) or all of them.
 */
import { ENGLISH } from './lang/en.js';
import { GERMAN } from './lang/de.js';
import { FRENCH } from './lang/fr.js';
import { SPANISH } from './lang/es.js';
import { ITALIAN } from './lang/it.js';
import { RUSSIAN } from './lang/ru.js';

export interface FigureLanguage {
  /** Number words and their values: "two" → 2, "dozen" → 12, "zwei" → 2. */
  numberWords: Readonly<Record<string, number>>;
  /**
   * Numbers the language writes as one long word ("einhundertneunundneunzig",
   * "duecentottanta"): about a thousand generated words, so they are built
   * only when a page declares that language, never at script start.
   */
  joinedNumberWords?: () => Readonly<Record<string, number>>;
  /** Scale words and abbreviations: "million" → 1e6, "bn" → 1e9, "Mrd." → 1e9. */
  scales: Readonly<Record<string, number>>;
  /** Currency words (lower case) and their ISO code: "euros" → "EUR". */
  currencyWords: Readonly<Record<string, string>>;
  /** Words meaning per cent, lower case, multi-word allowed: "percent", "pour cent". */
  percentWords: readonly string[];
  /** Fractions that state a share: "half" → 50, "a third" → 33.3 (used with "of"/"the"). */
  fractions: Readonly<Record<string, number>>;
  /** Words that may not be counted nouns (function words, verbs that follow numbers). */
  stopWords: readonly string[];
  /** Whether adjectives follow the noun ("16 hélicoptères français"), so the counted noun is the first word. */
  nounFirst: boolean;
  /** Whether every noun is capitalised (German): a capitalised word then says nothing about names. */
  nounsCapitalized?: boolean;
  /**
   * Endings that mark a word as an adjective where the counted noun follows its adjectives at once and a
   * verb may follow it ("1200 новых участников вышли"): the counted noun is then the first other word.
   */
  adjectiveEndings?: RegExp;
  /** Words between a currency word and the number's scale: "de" in "5 millions d'euros". */
  currencyLinks: readonly string[];
  /** Words that join the parts of one spelled number: "y" in "treinta y cinco", "and" in "two hundred and five". */
  numberLinks: readonly string[];
  /** Words for the decimal point in spelled numbers: "point" in "zero point five". */
  decimalPoints: readonly string[];
  /** Fraction words and the number they divide by: "fifths" → 5, "quintos" → 5, "Viertel" → 4 (lower case). */
  denominators: Readonly<Record<string, number>>;
  /** Fraction words a language builds by rule ("treintaicincoavos", "veintemilésimas"): what one divides by, or undefined. */
  readDenominator?: (lower: string) => number | undefined;
  /** Articles that stand for a numerator of one before a fraction word: "a" in "a quarter percent". */
  oneArticles: readonly string[];
  /** Scale words that alone stand for one of them, in languages without articles: "миллиард" in "миллиард рублей". */
  scalesAlone?: readonly string[];
}

const BY_CODE: Record<string, FigureLanguage> = {
  en: ENGLISH, de: GERMAN, fr: FRENCH, es: SPANISH, it: ITALIAN, ru: RUSSIAN,
};

export interface FigureLexicon {
  numberWords: Map<string, number>;
  scales: Map<string, number>;
  currencyWords: Map<string, string>;
  percentWords: string[];
  fractions: Array<[string, number]>;
  stopWords: Set<string>;
  nounFirst: boolean;
  /** See `FigureLanguage.adjectiveEndings`; only for a page in that language. */
  adjectiveEndings: RegExp | null;
  currencyLinks: string[];
  numberLinks: Set<string>;
  decimalPoints: Set<string>;
  /** What a fraction word (lower case) divides by: "fifths" → 5, "onceavos" → 11; undefined for any other word. */
  denominator: (lower: string) => number | undefined;
  oneArticles: Set<string>;
  scalesAlone: Set<string>;
  /**
   * Whether capitals mark names, so that "Ninety Mile Beach" is a name and no
   * figure: the page's language is known and does not capitalise its nouns.
   */
  capitalsMarkNames: boolean;
}

const cache = new Map<string, FigureLexicon>();

/** The lexicon for a BCP 47 tag; every language merged when unknown. */
export function figureLexiconFor(lang: string | null | undefined): FigureLexicon {
  const code = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  const key = code in BY_CODE ? code : '*';
  let lexicon = cache.get(key);
  if (!lexicon) {
    const own = BY_CODE[key];
    // The page's own language comes first, so its meaning of a shared word wins ("Billion" is 10^12 in German).
    const languages = own ? [own, ENGLISH] : Object.values(BY_CODE);
    lexicon = compile(languages, own?.nounFirst ?? false);
    lexicon.capitalsMarkNames = own !== undefined && !own.nounsCapitalized;
    lexicon.adjectiveEndings = own?.adjectiveEndings ?? null;
    for (const [word, value] of Object.entries(own?.joinedNumberWords?.() ?? {})) if (!lexicon.numberWords.has(word)) lexicon.numberWords.set(word, value);
    cache.set(key, lexicon);
  }
  return lexicon;
}

function compile(languages: readonly FigureLanguage[], nounFirst: boolean): FigureLexicon {
  const merge = <V>(pick: (language: FigureLanguage) => Readonly<Record<string, V>>) => {
    const map = new Map<string, V>();
    for (const language of languages) for (const [word, value] of Object.entries(pick(language))) if (!map.has(word)) map.set(word, value);
    return map;
  };
  return {
    numberWords: merge((language) => language.numberWords),
    scales: merge((language) => language.scales),
    currencyWords: merge((language) => language.currencyWords),
    percentWords: languages.flatMap((language) => language.percentWords).sort((a, b) => b.length - a.length),
    fractions: [...merge((language) => language.fractions)].sort((a, b) => b[0].length - a[0].length),
    stopWords: new Set(languages.flatMap((language) => language.stopWords)),
    nounFirst,
    adjectiveEndings: null,
    currencyLinks: languages.flatMap((language) => language.currencyLinks),
    numberLinks: new Set(languages.flatMap((language) => language.numberLinks)),
    decimalPoints: new Set(languages.flatMap((language) => language.decimalPoints)),
    denominator: denominatorReader(languages, merge((language) => language.denominators)),
    oneArticles: new Set(languages.flatMap((language) => language.oneArticles)),
    scalesAlone: new Set(languages.flatMap((language) => language.scalesAlone ?? [])),
    capitalsMarkNames: false,
  };
}

/** Listed fraction words first, then each language's rule for the words it builds. */
function denominatorReader(languages: readonly FigureLanguage[], listed: ReadonlyMap<string, number>): (lower: string) => number | undefined {
  const rules = languages.flatMap((language) => (language.readDenominator ? [language.readDenominator] : []));
  return (lower) => {
    const value = listed.get(lower);
    if (value !== undefined || rules.length === 0) return value;
    for (const rule of rules) {
      const ruled = rule(lower);
      if (ruled !== undefined) return ruled;
    }
    return undefined;
  };
}
