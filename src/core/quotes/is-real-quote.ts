/**
 * Tells a quotation apart from scare quotes ("undesirable", "foreign agent"),
 * titles of works and nicknames: short quoted phrases count only when they
 * are an utterance of their own, framed by a speech verb.
 */
import type { QuoteSite } from './quote-sites.js';
import { tokenize } from './tokens.js';

/** Quoted phrases of up to this many words need a speech frame of their own. */
const SHORT_QUOTE_WORDS = 3;
/** A quoted phrase of capitalised words up to this long is taken for a title or a name. */
const TITLE_WORDS = 6;

export interface FrameEvidence {
  /** A speech verb right before the quote, introduced with ":" or ",". */
  introduced: boolean;
  /** A speech frame right after the quote. */
  followed: boolean;
  /** A speech verb in the sentence names a person who says it ("Trump called Machado “disgusting”"). */
  attributed: boolean;
  /** Any speech frame was found for the quote. */
  framed: boolean;
  /** A verb of saying earlier in the sentence reports the clause the quote stands in ("said it was “a mistake”"). */
  reported: boolean;
}

/** Whether the span at `site` is a direct quotation. */
export function isRealQuote(site: QuoteSite, text: string, evidence: FrameEvidence): boolean {
  const words = tokenize(text);
  if (words.length === 0) return false;
  // "«…», — сказал он": Russian puts the comma after the closing mark, then a dash before the frame.
  const closed = /[,.!?…]$/.test(text.trim()) || /^[,.!?…]?\s*[—–]/.test(site.trail);
  const utterance = evidence.introduced || (evidence.followed && closed);
  const titleLike = words.length >= 2 && words.length <= TITLE_WORDS && words.every((word) => /^[\p{Lu}\p{N}]/u.test(word.text) || /^(of|the|and|in|on|a|to|for|de|la|le|der|die|das|del)$/.test(word.lower));
  // "told “Fox News Sunday”", "on “Face the Nation”": a programme or a work; only a colon makes it speech.
  if (titleLike && !/:\s*$/.test(site.lead)) return false;
  if (DISTANCING.test(site.lead)) return false;
  // "“Enter your email address” prompts now appear …": an unframed quote qualifying a noun is a label.
  if (!evidence.framed && qualifiesNoun(site, text)) return false;
  if (words.length <= SHORT_QUOTE_WORDS) return utterance || ((evidence.attributed || evidence.reported) && isPartialQuote(site, words));
  return true;
}

/**
 * A short quote inside an attributed sentence is a partial quote unless it is
 * used as a label: capitalised (a name or a title) or followed by the noun it
 * qualifies (an "undesirable" organization).
 */
function isPartialQuote(site: QuoteSite, words: ReturnType<typeof tokenize>): boolean {
  if (words.every((word) => /^\p{Lu}/u.test(word.text))) return false;
  return !qualifiesNoun(site, '');
}

/** Whether the word right after the closing mark is a lower-case word the quote qualifies: an "undesirable" organization. */
function qualifiesNoun(site: QuoteSite, text: string): boolean {
  // Punctuation inside the closing mark ends a clause: "“… under state law,” language that …".
  if (/[,.!?;:…]$/.test(text.trim())) return false;
  const next = /^([\p{L}][\p{L}'’-]*)/u.exec(site.trail)?.[1] ?? '';
  return /^\p{Ll}/u.test(next) && !LINKING_WORDS.has(next);
}

/** Words after a quote that show it is not qualifying a noun. */
const LINKING_WORDS = new Set(['and', 'or', 'but', 'on', 'in', 'at', 'for', 'to', 'from', 'with', 'by', 'as', 'that', 'which', 'who', 'when', 'because', 'after', 'before', 'during', 'while', 'of', 'than', 'if', 'since', 'about', 'into', 'over', 'is', 'was', 'are', 'were',
  'last', 'this', 'next', 'yesterday', 'today', 'earlier', 'later', 'again', 'too', 'also', 'instead', 'now', 'then', 'he', 'she',
  'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'not', 'no', 'so', 'even',
  'only', 'just', 'all', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'does', 'did',
  'until', 'till', 'through', 'throughout', 'around', 'across', 'amid', 'among', 'against', 'toward', 'towards', 'without',
  'within', 'under', 'upon', 'despite', 'outside', 'inside', 'along', 'behind', 'beyond', 'near', 'unless', 'whether', 'where',
  // The same linking words in the other supported languages: "era “un error grave” y …", "„sehr ernst“ und …".
  'y', 'e', 'o', 'u', 'ni', 'pero', 'que', 'en', 'de', 'del', 'con', 'por', 'para', 'sin', 'ya', 'según', 'et', 'ou', 'mais', 'qui',
  'dans', 'pour', 'par', 'avec', 'sur', 'à', 'au', 'aux', 'des', 'du', 'ma', 'ed', 'di', 'da', 'per', 'tra', 'fra', 'che', 'non',
  'und', 'oder', 'aber', 'sondern', 'dass', 'weil', 'wenn', 'als', 'wie', 'mit', 'für', 'zu', 'zum', 'zur', 'von', 'vom', 'bei', 'nach',
  'im', 'am', 'auf', 'ist', 'sei', 'sind', 'war', 'и', 'а', 'но', 'или', 'что', 'в', 'во', 'на', 'с', 'по', 'к', 'для', 'из', 'о', 'об',
  'от', 'до', 'за', 'не', 'это', 'как']);

/** Words right before a quote that mark it as a term held at a distance: the so-called “reform”. */
const DISTANCING = /(?:^|\s)(?:so-called|self-styled|sogenannte[nmrs]?|so\s+genannte[nmrs]?|soi-disant|supuest[oa]s?|llamad[oa]s?|cosiddett[oaie]|так\s+называем\p{L}*)\s*$/iu;

/** Whether the words before a quote introduce it as speech ("he said:", "X told CNN,"). */
export function isIntroducedBy(lead: string): boolean {
  return /[:,]\s*[—–-]?$/.test(lead) || /[—–]$/.test(lead);
}

/** The quoted words as reported: trimmed, without the comma that belongs to the frame. */
export function cleanQuoteText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[\s,;:—–-]+$/, '').trim();
}
