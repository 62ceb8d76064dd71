/**
 * Abbreviations that end in a period without ending the sentence, per language.
 * The sentence splitter (`../sentences.ts`) looks the word before a period up here.
 *
 * - `title`: comes before a name, so it never ends a sentence ("Mr.", "Gen.", "Dott.").
 * - `number`: only an abbreviation when a number follows ("No. 5", "Nr. 3", "p. 12").
 * - `ambiguous`: usually mid-sentence, but can end one ("the U.S.", "Inc.", "etc.");
 *   the splitter breaks after it only when a capitalised function word follows.
 *
 * Entries are case-sensitive as written; lower-case entries also match a
 * capitalised first letter ("Etc." at the start of a sentence is still "etc.").
 */
import type { SupportedLanguage } from './language.js';

export type AbbreviationKind = 'title' | 'number' | 'ambiguous';

interface AbbreviationLists {
  title: string;
  number: string;
  ambiguous: string;
}

/** Shared by every language: Latin abbreviations, units and English news style travel widely. */
const COMMON: AbbreviationLists = {
  title: 'Mr Mrs Ms Messrs Dr Prof Gen Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Brig Sen Rep Gov Pres Supt Rev Hon Fr Sr Sra Srta',
  number: 'No Nos Nr nr no p pp vol Vol fig Fig art Art ch Ch sec Sec',
  ambiguous:
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
    'Inc Corp Ltd Co Bros Jr St Ave Blvd Rd Mt Ft Dept Univ Assn Est approx ca cf vs etc al ' +
    'a.m p.m e.g i.e U.S U.K U.N E.U U.S.A D.C N.Y L.A Ph.D B.A M.A',
};

const BY_LANGUAGE: Record<SupportedLanguage, AbbreviationLists> = {
  en: {
    title: 'Gens Sens Reps Govs Del Dels Amb Atty Insp Det Supt Msgr',
    number: '',
    // US states in AP style ("Selma, Ala."), which often end a sentence.
    ambiguous:
      'Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev N.H N.J N.M ' +
      'N.C N.D Okla Ore Pa Penn R.I S.C S.D Tenn Tex Va Vt Wash Wis W.Va Wyo',
  },
  ru: {
    title: 'г-н г-жа тов проф акад',
    number: '№ стр рис табл п',
    ambiguous: 'т.е т.к т.д т.п т.н т.ч г гг в вв ул д им др пр см млн млрд тыс руб коп трлн обл р-н',
  },
  de: {
    title: 'Hr Fr Hrn Dipl Ing Mag',
    number: 'S Abs Bd Nr',
    ambiguous: 'z.B bzw usw u.a d.h ggf evtl vgl ca Mio Mrd Tsd Jh Jhd inkl exkl sog u.U o.ä z.T Str Tel',
  },
  fr: {
    title: 'M MM Mme Mmes Mlle Mlles Me Mgr Pr',
    number: 'n° p',
    ambiguous: 'av apr env etc cf c.-à-d boul bd av',
  },
  es: {
    title: 'Dña Sres Lic Ing Arq',
    number: 'núm pág',
    ambiguous: 'EE.UU etc aprox pág Avda Av c/ Uds Ud Vd Vds',
  },
  it: {
    title: 'Dott Dott.ssa Sig Sig.ra Sigg Avv Ing On Geom Arch',
    number: 'pag n',
    ambiguous: 'ecc cfr ca sec',
  },
};

function toMap(lists: AbbreviationLists[]): Map<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  // Later lists win; 'title' is applied last so a name prefix is never taken for a sentence end.
  for (const kind of ['ambiguous', 'number', 'title'] as const) {
    for (const list of lists) {
      for (const word of list[kind].split(' ').filter(Boolean)) map.set(word, kind);
    }
  }
  return map;
}

const CACHE = new Map<string, Map<string, AbbreviationKind>>();

/**
 * The abbreviations for `lang` (with the common ones), keyed without the final period.
 * With no language, every list is merged: a wrong abbreviation costs a missed split,
 * which is cheaper than cutting "Dott. Rossi" in two.
 */
export function abbreviationsFor(lang: SupportedLanguage | null): Map<string, AbbreviationKind> {
  const key = lang ?? '*';
  let map = CACHE.get(key);
  if (!map) {
    map = toMap(lang ? [COMMON, BY_LANGUAGE[lang]] : [COMMON, ...Object.values(BY_LANGUAGE)]);
    CACHE.set(key, map);
  }
  return map;
}

/** Looks `word` (without its final period) up, also with its first letter lower-cased. */
export function abbreviationKind(word: string, lang: SupportedLanguage | null): AbbreviationKind | null {
  const map = abbreviationsFor(lang);
  const exact = map.get(word);
  if (exact) return exact;
  const lowered = word.charAt(0).toLowerCase() + word.slice(1);
  return lowered === word ? null : (map.get(lowered) ?? null);
}
