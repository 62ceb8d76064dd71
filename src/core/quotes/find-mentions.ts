/**
 * Finds the people an article names: capitalised runs of words (quoted
 * passages blanked out), marked "strong" when the text shows a person — a
 * title, an apposition, a verb after the name — with gender cues and role words.
 */
import type { Gender, QuoteLexicon } from './quote-language.js';
import { capitalizedRuns } from './capitalized-runs.js';
import { nameIn } from './name-phrase.js';
import { isCapitalized, isPossessive, tokenize, type Token } from './tokens.js';
import { genderOfGivenName, genderOfSurname } from './first-names.js';
import { isAbsoluteSubject } from './absolute-subject.js';
import type { Mention } from './mention.js';
import { appositionText, describesPerson, hasSpeechVerb, headsOrganization, isApposition, moveRolesToApposedNames, PREPOSITIONS } from './appositions.js';

/** Russian past tenses ("выступил", "приехала", "заявили"): the name before one is its subject. */
const RUSSIAN_PAST = /^[а-яё]{2,}(л|ла|ло|ли|лся|лась|лись)$/;
/** Titles that only people carry, and the gender some of them tell. */
const PERSON_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'mayor', 'gen', 'rev', 'judge', 'prof', 'herr', 'frau', 'm', 'mme', 'sr', 'sra']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'frau', 'mme', 'sra']);
const MALE_TITLES = new Set(['mr', 'herr', 'm', 'sr']);
/** Auxiliaries, adverbs and irregular past tenses that show the name before them is a subject. */
const COMMON_VERBS = /^(is|was|has|had|will|would|could|can|did|does|also|then|later|who|told|made|went|took|gave|got|came|saw|knew|thought|felt|left|met|ran|won|lost|began|became|kept|held|brought|wrote|spoke|put|set|sent|says|said|wants|thinks|believes|says|hopes|tried|still|never|often|once)$/;

/** Finds the person mentions of an article whose quoted passages are blanked out. */
export function findMentions(text: string, lexicon: QuoteLexicon): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  // Keyed by offset, not by token: a run hands back a possessive as a copy without its "'s".
  const index = new Map(tokens.map((token, i) => [token.start, i]));
  let placeEnd = -1;
  for (const run of capitalizedRuns(tokens, lexicon)) {
    const found = nameIn(run, lexicon);
    if (!found) continue;
    const first = run[0] as Token;
    const last = run[run.length - 1] as Token;
    const next = tokens[(index.get(last.start) ?? 0) + 1];
    const previous = tokens[(index.get(first.start) ?? 0) - 1];
    const words = found.name.split(' ');
    const at = next === undefined ? -1 : index.get(next.start) ?? -1;
    // "Northwind Mining, the region's largest coal company,": an apposition can show a name is an organisation.
    const organization = words.some((word) => lexicon.organizationWords.has(word.toLowerCase())) || (last.after === ',' && at >= 0 && headsOrganization(tokens, at, lexicon));
    // ", a deputy head of …", ", political science professor at …": a description of the name.
    const apposition = last.after === ',' && at >= 0 && (isApposition(tokens, at, lexicon) || describesPerson(tokens, at, lexicon)) && !hasSpeechVerb(tokens, at, lexicon);
    const title = found.title.find((word) => PERSON_TITLES.has(word));
    const initial = !previous || /[.!?]["”’)]*\s|\n/.test(text.slice(previous.end, first.start));
    // "in Tulsa, Oklahoma, arguing …": one word set off by commas right after a place names its state or country.
    const afterPlace = previous !== undefined && previous.start === placeEnd && previous.after === ',' && first === last && /^[,.]/.test(last.after);
    const afterPreposition = !initial && (afterPlace || isAfterPreposition(tokens, index.get(first.start) ?? 0, lexicon));
    if (afterPreposition) placeEnd = last.start;
    const prepositional = afterPreposition && !isAbsoluteSubject(previous, last, tokens, index.get(last.start) ?? 0, text);
    const inverted = isInvertedSpeaker(tokens, index.get(first.start) ?? 0, last, lexicon);
    // "House Speaker Paul Ryan, R-Wis., said": a known given name before a surname is a person too.
    const givenName = words.length > 1 && genderOfGivenName(words[0] as string) !== null;
    const strong = !organization && (title !== undefined || apposition || inverted || (!prepositional && (givenName || looksLikeVerb(next, lexicon))));
    // "Trump's plan would …": the possessor qualifies the subject, it is not the subject.
    const possessive = isPossessive(tokens[index.get(last.start) ?? 0] as Token);
    const reported = !inverted && isReportedSubject(previous, lexicon);
    mentions.push({
      start: first.start,
      name: found.name,
      strong,
      organization,
      subject: !prepositional && !possessive && !reported && (initial || apposition || inverted || prepositional !== afterPreposition || looksLikeVerb(next, lexicon)),
      // "… в Думе. «…», — ответила она": a verb past a sentence break (the quote is blanked) is not the name's.
      speaks: next !== undefined && !last.after && lexicon.verbs.has(next.lower),
      described: apposition && describesPerson(tokens, at, lexicon),
      gender: (title ? titleGender(title) : null) ?? (words.length > 1 ? genderOfGivenName(words[0] as string) ?? genderOfSurname(words[words.length - 1] as string) : null),
      role: [...wordsBefore(tokens, index.get(first.start) ?? 0, lexicon), ...found.title, apposition ? appositionText(tokens, at) : ''].join(' '),
    });
    if (possessive && next) pushOwnedBody(mentions, text, first, tokens.slice(at, at + 2), initial && !afterPreposition, lexicon);
  }
  moveRolesToApposedNames(mentions, text);
  return mentions;
}

/**
 * "Donald Trump’s campaign is defending …": a body a person owns, spoken of
 * with a lower-case word, is an organisation of its own, the one a later
 * "it" or "the campaign" stands for.
 */
function pushOwnedBody(mentions: Mention[], text: string, first: Token, [body, verb]: Token[], initial: boolean, lexicon: QuoteLexicon): void {
  if (!body || isCapitalized(body) || body.after || !lexicon.organizationWords.has(body.lower)) return;
  mentions.push({
    start: first.start, name: text.slice(first.start, body.end), strong: false, organization: true,
    subject: initial || looksLikeVerb(verb, lexicon), speaks: verb !== undefined && lexicon.verbs.has(verb.lower),
    described: false, gender: null, role: '',
  });
}

/**
 * "in New York", "to Virginia": a name after a preposition is a place or an
 * object, not a speaker. Not when the preposition belongs to a title before
 * it ("Secretary of State John Kerry"), and not across a sentence break
 * (the caller checks that: blanked quotes leave no words between).
 */
function isAfterPreposition(tokens: readonly Token[], first: number, lexicon: QuoteLexicon): boolean {
  const previous = tokens[first - 1];
  if (!previous || !PREPOSITIONS.has(previous.lower) || previous.after) return false;
  const governor = tokens[first - 2];
  return !(governor && isCapitalized(governor) && !governor.after && lexicon.titles.has(governor.lower));
}

/** Verbs of thinking that open a reported clause: "he believes Smith is right". */
const THINKING_VERBS = /^(believes?|believed|thinks?|thought|knows?|knew|feels?|felt|hopes?|hoped|expects?|expected|fears?|feared|suspects?|suspected|doubts?|doubted|hears?|heard)$/;

/**
 * "he does believe McConnell is correct", "said that Smith would run": the
 * subject of a reported clause is not who the sentence is about, so it does
 * not take "he" or "she" from the sentence's own subject.
 */
function isReportedSubject(previous: Token | undefined, lexicon: QuoteLexicon): boolean {
  if (!previous || previous.after) return false;
  return previous.lower === 'that' || THINKING_VERBS.test(previous.lower) || lexicon.verbs.has(previous.lower);
}

/** Verbs that take the listener, not the speaker, as the name after them ("told Smith", "asked Jones"). */
const OBJECT_VERBS = new Set(['told', 'asked', 'urged', 'warned', 'called', 'praised', 'attacked', 'blasted', 'slammed', 'mocked', 'criticized', 'criticised', 'accused', 'dismissed', 'hailed', 'denounced', 'condemned', 'reminded', 'assured', 'advised', 'challenged', 'questioned', 'scolded', 'dubbed', 'branded', 'labeled', 'termed', 'rated', 'texted', 'emailed']);

/**
 * "…, noted NBC's Dante Chinni.": a name that closes a clause right after a
 * speech verb following a comma is the inverted subject of that verb.
 */
function isInvertedSpeaker(tokens: readonly Token[], first: number, last: Token, lexicon: QuoteLexicon): boolean {
  let k = first - 1;
  // Step back over a possessor: "noted NBC's Dante Chinni".
  while (k >= 0 && isCapitalized(tokens[k] as Token) && !(tokens[k] as Token).after && first - k <= 3) k--;
  if (k < first - 1 && tokens[k]?.lower === 'the') k--;
  const verb = tokens[k];
  const beforeVerb = tokens[k - 1];
  if (!verb || !beforeVerb || verb.after || !beforeVerb.after.endsWith(',')) return false;
  if (!lexicon.verbs.has(verb.lower) || OBJECT_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) return false;
  return /^[,.;]/.test(last.after) || last.start === tokens[tokens.length - 1]?.start;
}

function titleGender(title: string): Gender | null {
  return FEMALE_TITLES.has(title) ? 'f' : MALE_TITLES.has(title) ? 'm' : null;
}

function looksLikeVerb(token: Token | undefined, lexicon: QuoteLexicon): boolean {
  if (!token || isCapitalized(token)) return false;
  if (lexicon.verbs.has(token.lower)) return true;
  return COMMON_VERBS.test(token.lower) || /[a-z]ed$/.test(token.lower) || RUSSIAN_PAST.test(token.lower);
}

/**
 * Up to three lower-case words right before a name: "il premier Giorgia
 * Meloni", "the defense minister X", and a capitalised role noun that opens
 * them ("Министр иностранных дел Сергей Лавров" is the minister).
 */
function wordsBefore(tokens: readonly Token[], at: number, lexicon: QuoteLexicon): string[] {
  const words: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const token = tokens[i] as Token;
    if (token.after) break;
    if (isCapitalized(token)) {
      if (lexicon.roleNouns.has(token.lower)) words.unshift(token.lower);
      break;
    }
    words.unshift(token.lower);
  }
  return words;
}
