/**
 * Keeps track of the people an article names, so that "he said", "the
 * official said" and a bare surname can be turned into the full name given
 * earlier.
 *
 *   article text ─▶ capitalised runs (quotes blanked out) ─▶ mentions
 *                      title / apposition / verb after it  ─▶ "strong" person mentions
 *   resolve(pronoun | role | surname, position) ─▶ nearest fitting earlier mention
 */
import type { Gender, QuoteLexicon } from './quote-language.js';
import { capitalizedRuns, nameIn } from './name-phrase.js';
import { isCapitalized, tokenize, withoutPossessive, type Token } from './tokens.js';
import { genderOfGivenName, genderOfSurname } from './first-names.js';

export interface Mention {
  start: number;
  name: string;
  /** True when the text shows it is a person (a title, an apposition, a verb after it, a speaker). */
  strong: boolean;
  organization: boolean;
  /** Whether it is the subject of its clause (sentence-initial, or a verb follows), the likeliest antecedent of "he"/"she". */
  subject: boolean;
  /** Whether an apposition describes it as a person: ", a close ally of …", ", 25,". */
  described: boolean;
  /** Whether a speech verb follows it ("Melanie said"): a one-word name that speaks is a person. */
  speaks: boolean;
  gender: Gender | null;
  /** Role words seen with the name: its title and apposition ("deputy head of the Service"). */
  role: string;
}

const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'mayor', 'gen', 'rev', 'judge', 'prof', 'herr', 'frau', 'm', 'mme', 'sr', 'sra']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'frau', 'mme', 'sra']);
const MALE_TITLES = new Set(['mr', 'herr', 'm', 'sr']);
const PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'of', 'across', 'into', 'near', 'for', 'on', 'by', 'with', 'about', 'against', 'over', 'under', 'than']);
/** Abbreviated titles that stand for a role noun ("Gov. Pence" is "the governor"). */
const ROLE_SYNONYMS: Record<string, string[]> = {
  governor: ['governor', 'gov'], senator: ['senator', 'sen'], representative: ['representative', 'rep'],
  general: ['general', 'gen'], president: ['president', 'pres'], professor: ['professor', 'prof'], doctor: ['doctor', 'dr'],
};
/** Case endings added to a Russian surname's nominative ("Лавров" → "Лаврова", "Лаврову", "Лавровым"). */
const CASE_ENDINGS = ['ым', 'ом', 'ой', 'ей', 'а', 'у', 'е', 'ы'];
/** Auxiliaries, adverbs and irregular past tenses that show the name before them is a subject. */
const COMMON_VERBS = /^(is|was|has|had|will|would|could|can|did|does|also|then|later|who|told|made|went|took|gave|got|came|saw|knew|thought|felt|left|met|ran|won|lost|began|became|kept|held|brought|wrote|spoke|put|set|sent|says|said|wants|thinks|believes|says|hopes|tried|still|never|often|once)$/;
/** How far back (characters) a pronoun or role may look for its person. */
const MAX_DISTANCE = 2500;

/** Finds the person mentions of an article whose quoted passages are blanked out. */
export function findMentions(text: string, lexicon: QuoteLexicon): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  const index = new Map(tokens.map((token, i) => [token, i]));
  for (const run of capitalizedRuns(tokens, lexicon)) {
    const found = nameIn(run, lexicon);
    if (!found) continue;
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    const next = tokens[(index.get(last) ?? 0) + 1];
    const previous = tokens[(index.get(first) ?? 0) - 1];
    const words = found.name.split(' ');
    const organization = words.some((word) => lexicon.organizationWords.has(word.toLowerCase()));
    const apposition = last.after === ',' && next !== undefined && isApposition(tokens, index.get(next) ?? 0, lexicon);
    const title = found.title.find((word) => PERSON_TITLES.has(word));
    // "in New York", "to Virginia": a name after a preposition is a place or an object, not a speaker.
    const afterPreposition = previous !== undefined && PREPOSITIONS.has(previous.lower) && !previous.after;
    const strong = !organization && (title !== undefined || apposition || (!afterPreposition && looksLikeVerb(next, lexicon)));
    const initial = !previous || /[.!?]["”’)]*\s|\n/.test(text.slice(previous.end, first.start));
    mentions.push({
      start: first.start,
      name: found.name,
      strong,
      organization,
      subject: !afterPreposition && (initial || apposition || looksLikeVerb(next, lexicon)),
      speaks: next !== undefined && lexicon.verbs.has(next.lower),
      described: apposition && describesPerson(tokens, index.get(next as Token) ?? 0, lexicon),
      gender: title ? titleGender(title) : words.length > 1 ? genderOfGivenName(words[0] as string) ?? genderOfSurname(words[words.length - 1] as string) : null,
      role: [...wordsBefore(tokens, index.get(first) ?? 0), ...found.title, apposition ? appositionText(tokens, index.get(next as Token) ?? 0) : ''].join(' '),
    });
  }
  return mentions;
}

function titleGender(title: string): Gender | null {
  return FEMALE_TITLES.has(title) ? 'f' : MALE_TITLES.has(title) ? 'm' : null;
}

function looksLikeVerb(token: Token | undefined, lexicon: QuoteLexicon): boolean {
  if (!token || isCapitalized(token)) return false;
  if (lexicon.verbs.has(token.lower)) return true;
  return COMMON_VERBS.test(token.lower) || /[a-z]ed$/.test(token.lower);
}

/** ", a deputy head of …", ", 25,", ", who …": the words after a comma describe the name. */
function isApposition(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  const token = tokens[at];
  if (!token) return false;
  // "In Chelsea, the mayor said that …" is a new clause, not a description of Chelsea.
  for (let i = at; i < tokens.length && i < at + 12; i++) {
    if (lexicon.verbs.has((tokens[i] as Token).lower)) return false;
    if ((tokens[i] as Token).after) break;
  }
  return /^(a|an|the|who|whose|\d+)$/.test(token.lower) || lexicon.roleNouns.has(token.lower) || lexicon.titles.has(token.lower);
}

/** Up to three lower-case words right before a name: "il premier Giorgia Meloni", "the defense minister X". */
function wordsBefore(tokens: readonly Token[], at: number): string[] {
  const words: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i] as Token;
    if (isCapitalized(token) || token.after) break;
    words.unshift(token.lower);
  }
  return words;
}

/** An apposition naming a role or an age: ", a close ally of", ", the mayor", ", 25,". */
function describesPerson(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): boolean {
  const words = tokens.slice(at, at + 4);
  return /^\d+$/.test(words[0]?.text ?? '') || words.some((token) => lexicon.roleNouns.has(token.lower));
}

function appositionText(tokens: readonly Token[], at: number): string {
  const words: string[] = [];
  for (let i = at; i < tokens.length && words.length < 12; i++) {
    const token = tokens[i] as Token;
    words.push(token.lower);
    if (token.after) break;
  }
  return words.join(' ');
}

/** Resolves names, pronouns and roles against the mentions of one article. */
export class People {
  private readonly fullNames = new Map<string, string>();
  private readonly genders = new Map<string, Gender>();

  constructor(private readonly mentions: Mention[]) {
    for (const mention of mentions) this.learn(mention);
  }

  /** Records a person the quote finder saw speaking. */
  addSpeaker(start: number, name: string): void {
    const mention: Mention = { start, name, strong: true, organization: false, subject: true, speaks: true, described: false, gender: null, role: '' };
    const at = this.mentions.findIndex((other) => other.start > start);
    this.mentions.splice(at < 0 ? this.mentions.length : at, 0, mention);
    this.learn(mention);
  }

  /** The fullest form of a name the article gives ("Dzirkaln" → "Vyacheslav Dzirkaln"). */
  fullName(name: string): string {
    const words = name.split(' ');
    if (words.length > 1) return name;
    const key = surnameKey(name);
    const exact = this.fullNames.get(key);
    if (exact) return exact;
    // Russian names decline: "по словам Лаврова" is Лавров's.
    for (const ending of CASE_ENDINGS) {
      if (key.endsWith(ending) && this.fullNames.has(key.slice(0, -ending.length))) return this.fullNames.get(key.slice(0, -ending.length)) as string;
    }
    return name;
  }

  /** The person a pronoun at `position` most likely stands for, or null. */
  resolvePronoun(position: number, gender: Gender): string | null {
    if (gender !== 'm' && gender !== 'f') return null;
    let nearest: Mention | null = null;
    for (const mention of this.before(position)) {
      if (mention.organization || !this.isPerson(mention)) continue;
      const known = mention.gender ?? this.genders.get(surnameKey(mention.name)) ?? null;
      if (known && known !== gender) continue;
      // Subjects first: in "Christie, a Trump ally, blasted Clinton", "he" is Christie.
      if (mention.subject) return this.fullName(mention.name);
      nearest ??= mention;
    }
    return nearest ? this.fullName(nearest.name) : null;
  }

  /** The person a definite role ("the official", "the spokesman") at `position` refers to, or null. */
  resolveRole(position: number, noun: string): string | null {
    const wanted = ROLE_SYNONYMS[noun] ?? [noun];
    for (const mention of this.before(position)) {
      const roles = mention.role.split(/[\s-]+/).map((word) => word.replace(/\.$/, ''));
      if (roles.some((role) => wanted.includes(role))) return this.fullName(mention.name);
    }
    return null;
  }

  /**
   * A one-word name is a person only when the article also gives it in full
   * ("Dzirkaln" after "Vyacheslav Dzirkaln") or with a title; "Russia is" is not.
   */
  private isPerson(mention: Mention): boolean {
    const known = this.fullNames.has(surnameKey(mention.name));
    if (!mention.name.includes(' ') && !known && !mention.speaks && !mention.described && !/\b(mr|mrs|ms|dr|sen|rep|gov|president)\b/.test(mention.role)) return false;
    return mention.strong || (known && this.isStrongName(mention.name));
  }

  private isStrongName(name: string): boolean {
    const key = surnameKey(name);
    return this.mentions.some((mention) => mention.strong && surnameKey(mention.name) === key);
  }

  private *before(position: number): Generator<Mention> {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const mention = this.mentions[i] as Mention;
      if (mention.start >= position) continue;
      if (position - mention.start > MAX_DISTANCE) return;
      yield mention;
    }
  }

  private learn(mention: Mention): void {
    if (mention.organization) return;
    const key = surnameKey(mention.name);
    if (mention.name.includes(' ') && !this.fullNames.has(key)) this.fullNames.set(key, mention.name);
    if (mention.gender && !this.genders.has(key)) this.genders.set(key, mention.gender);
  }
}

function surnameKey(name: string): string {
  const words = name.split(' ');
  return withoutPossessive(words[words.length - 1] ?? '').toLowerCase();
}
