/**
 * Documents that speak for whoever issued them: "The council issued a
 * statement on Friday. … The statement noted …" is the council speaking.
 *
 *   article text (quotes blanked) ─▶ every document noun, with its sentence start
 *   "the statement" at a position ─▶ the last earlier "statement" ─▶ its issuer:
 *       the name after "by" ("a video by the National Committee"), else the
 *       subject of the sentence that brought the document in
 */
import type { CurrentSpeaker } from './mention.js';
import type { People } from './people.js';
import type { QuoteLexicon } from './quote-language.js';

export interface DocumentMention {
  /** Offset of the noun. */
  start: number;
  /** The noun's kind (`QuoteLexicon.documentKinds`): "clip" is stored as "video". */
  noun: string;
  /** Offset where the noun's sentence starts. */
  sentenceStart: number;
  /** Offset of the name after "by" right behind the noun ("a report by Smith"), else -1. */
  authorAt: number;
}

const WORD = /[\p{L}-]+/gu;
/** "a report by", "a report by the": what may stand between a document noun and its author's name. */
const BY = /^ (by|from) (the )?/;

/** Every document noun in `text` (the article with its quotations blanked out). */
export function findDocuments(text: string, lexicon: QuoteLexicon): DocumentMention[] {
  const lower = text.toLowerCase();
  const found: DocumentMention[] = [];
  WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = WORD.exec(lower))) {
    if (!lexicon.documentNouns.has(match[0])) continue;
    const end = match.index + match[0].length;
    const by = BY.exec(lower.slice(end, end + 10));
    found.push({ start: match.index, noun: lexicon.documentKinds.get(match[0]) ?? match[0], sentenceStart: sentenceStart(text, match.index), authorAt: by ? end + by[0].length : -1 });
  }
  return found;
}

/**
 * Who "the statement" at `position` stands for: the issuer of the last
 * statement the article brought in before it, else the body or person whose
 * words were quoted just before (`current`), else null.
 */
export function resolveDocument(documents: readonly DocumentMention[], people: People, position: number, noun: string, current: CurrentSpeaker | null): string | null {
  for (let i = documents.length - 1; i >= 0; i--) {
    const document = documents[i] as DocumentMention;
    if (document.start >= position || document.noun !== noun) continue;
    const author = document.authorAt >= 0 ? people.nameAt(document.authorAt) : null;
    const issuer = author ?? people.subjectBetween(document.sentenceStart, document.start, true);
    if (issuer) return issuer;
  }
  return current?.name ?? null;
}

/** Where the sentence holding `offset` starts: after the last ". ", "! ", "? " or line break before it. */
function sentenceStart(text: string, offset: number): number {
  for (let i = offset - 1; i > 0; i--) {
    if (text[i] === '\n') return i + 1;
    if (/\s/.test(text[i] as string) && /[.!?]/.test(text[i - 1] as string)) return i + 1;
  }
  return 0;
}
