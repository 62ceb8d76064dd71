/**
 * Keeps track of the people an article names, so that "he said", "the
 * official said" and a bare surname can be turned into the full name given
 * earlier.
 *
 *   article text ─▶ capitalised runs (quotes blanked out) ─▶ mentions
 *                      title / apposition / verb after it  ─▶ "strong" person mentions
 *   resolve(pronoun | surname, position) ─▶ nearest fitting earlier mention
 *   (roles and organisations: `resolve-roles.ts`)
 */
import type { DocumentMention } from './documents.js';
import type { Gender } from './quote-language.js';
import { genderOfGivenName } from './first-names.js';
import { showsPerson, surnameKey, type CurrentSpeaker, type Mention } from './mention.js';

/** Case endings added to a Russian surname's nominative ("Лавров" → "Лаврова", "Лаврову", "Лавровым"). */
const CASE_ENDINGS = ['ым', 'ом', 'ой', 'ей', 'а', 'у', 'е', 'ы'];
/** How far back (characters) a pronoun or role may look for its person. */
const MAX_DISTANCE = 2500;

/** Resolves names and pronouns against the mentions of one article; `resolve-roles.ts` reads it for roles and bodies. */
export class People {
  private readonly fullNames = new Map<string, string>();
  /** One-word names some mention shows to be a person (see `showsPerson`). */
  private readonly shownAsPeople = new Set<string>();
  /** Gender by full name, from a title, a given name or a pronoun already bound to it. */
  private readonly genders = new Map<string, Gender>();

  /** `documents`: where the article brings in a statement or a report, for "the statement said". */
  constructor(private readonly mentions: Mention[], readonly documents: readonly DocumentMention[] = []) {
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

  /**
   * The person a pronoun at `position` most likely stands for, or null.
   * `current` is the speaker of the last quote in the same or the previous
   * paragraph: news prose keeps "he"/"she" on the person it is quoting until
   * a new clause makes someone else its subject, so names mentioned in
   * passing since that quote do not take the pronoun over.
   */
  resolvePronoun(position: number, gender: Gender, current: CurrentSpeaker | null = null): string | null {
    if (gender !== 'm' && gender !== 'f') return null;
    const speaker = current && this.agrees(current.name, gender) ? current : null;
    let nearest: Mention | null = null;
    for (const mention of this.mentionsBefore(position)) {
      if (speaker && mention.start < speaker.at) break;
      if (mention.organization || !this.isPerson(mention)) continue;
      const known = this.genderOf(mention);
      if (known && known !== gender) continue;
      // Subjects first: in "Christie, a Trump ally, blasted Clinton", "he" is Christie.
      if (mention.subject) return this.bind(mention, gender);
      nearest ??= mention;
    }
    if (speaker && !this.outranks(nearest, speaker, gender)) return this.bindName(speaker.name, gender);
    return nearest ? this.bind(nearest, gender) : null;
  }

  /** A name mentioned since the last quote beats its speaker only when it shows the pronoun's gender and the speaker does not. */
  private outranks(mention: Mention | null, speaker: CurrentSpeaker, gender: Gender): boolean {
    return mention !== null && this.genderOf(mention) === gender && this.genders.get(this.fullName(speaker.name)) !== gender;
  }

  private agrees(name: string, gender: Gender): boolean {
    const known = this.genders.get(this.fullName(name));
    return known === undefined || known === gender;
  }

  private genderOf(mention: Mention): Gender | null {
    return mention.gender ?? this.genders.get(this.fullName(mention.name)) ?? this.givenNameGender(mention.name);
  }

  /** "Kevin said nothing": a lone given name the article never uses as a surname tells the gender. */
  private givenNameGender(name: string): Gender | null {
    return name.includes(' ') || this.fullNames.has(surnameKey(name)) ? null : genderOfGivenName(name);
  }

  /** Remembers the gender a resolved pronoun showed, so a later "she" does not pick a "he". */
  private bind(mention: Mention, gender: Gender): string {
    return this.bindName(mention.name, gender);
  }

  private bindName(name: string, gender: Gender): string {
    const full = this.fullName(name);
    if (!this.genders.has(full)) this.genders.set(full, gender);
    return full;
  }

  /**
   * The last person in [from, to) who is the subject of a clause, in full: who
   * a paragraph's opening sentence is about. With `bodies`, an organisation
   * that is the subject counts too (who issued a statement).
   */
  subjectBetween(from: number, to: number, bodies = false): string | null {
    for (const mention of this.mentionsBefore(to)) {
      if (mention.start < from) return null;
      if (!mention.subject) continue;
      if (mention.organization ? bodies : this.isPerson(mention)) return mention.organization ? mention.name : this.fullName(mention.name);
    }
    return null;
  }

  /** Whether the article names `name` as an organisation. */
  isOrganization(name: string): boolean {
    return this.mentions.some((mention) => mention.organization && mention.name === name);
  }

  /** The name mentioned at `offset`, in full, or null. */
  nameAt(offset: number): string | null {
    const mention = this.mentions.find((other) => other.start === offset);
    return mention ? (mention.organization ? mention.name : this.fullName(mention.name)) : null;
  }

  /**
   * A one-word name is a person only when the article also gives it in full
   * ("Dzirkaln" after "Vyacheslav Dzirkaln") or with a title; "Russia is" is not.
   */
  isPerson(mention: Mention): boolean {
    const key = surnameKey(mention.name);
    const known = this.fullNames.has(key) || this.shownAsPeople.has(key);
    if (!mention.name.includes(' ') && !known && !showsPerson(mention)) return false;
    return mention.strong || (known && this.isStrongName(mention.name));
  }

  private isStrongName(name: string): boolean {
    const key = surnameKey(name);
    return this.mentions.some((mention) => mention.strong && surnameKey(mention.name) === key);
  }

  /** Mentions before `position`, nearest first, up to the distance a pronoun or role may look back. */
  *mentionsBefore(position: number): Generator<Mention> {
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
    // "Clinton said" once makes every "Clinton" of the article a person, though no first name is given.
    if (showsPerson(mention)) this.shownAsPeople.add(key);
    if (mention.name.includes(' ') && !this.fullNames.has(key)) this.fullNames.set(key, mention.name);
    // Keyed by the full name a surname stands for: Bill and Hillary Clinton share a surname, not a gender.
    const full = this.fullName(mention.name);
    if (mention.gender && !this.genders.has(full)) this.genders.set(full, mention.gender);
  }
}
