/**
 * Compiles the phrase lists into ONE regular expression, so a text is scanned
 * once whatever the number of phrases (the detector runs on every page load).
 */
import type { PhraseEntry } from './phrase-entry.js';
import { ALL_PHRASES } from './index.js';

export interface PhraseHit {
  entry: PhraseEntry;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Lower-cases and unifies apostrophes and spaces the way phrase files are written. */
export function normalizeForPhrases(text: string): string {
  return text.toLowerCase().replace(/[’`]/g, "'").replace(/[\s\u00a0]+/g, ' ');
}

function phraseSource(text: string): string {
  let source = '';
  for (const part of normalizeForPhrases(text).split(/(\*|#)/)) {
    if (part === '*') source += '[\\p{L}\\p{M}]*';
    else if (part === '#') source += '\\d+(?:[.,]\\d+)?';
    else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return text.endsWith('*') ? BEFORE + source : BEFORE + source + AFTER;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** Every stem in the phrase files has at least this many letters. */
const STEM_INDEX = 4;

/**
 * Indexes phrases by one of their words, so a text is only tested against the
 * few phrases whose key word it contains (one big alternation was ~10x slower:
 * it retries every phrase at every character).
 */
export class PhraseMatcher {
  private readonly byWord = new Map<string, CompiledPhrase[]>();
  /** Stem phrases by the stem's first STEM_INDEX letters, then checked with `startsWith`. */
  private readonly byStem = new Map<string, Array<{ stem: string; phrases: CompiledPhrase[] }>>();

  constructor(entries: readonly PhraseEntry[]) {
    for (const entry of entries) {
      const compiled = new CompiledPhrase(entry);
      const key = keyWord(entry.text);
      if (key.endsWith('*') && key.length > STEM_INDEX) {
        const stem = key.slice(0, -1);
        const bucket = this.byStem.get(stem.slice(0, STEM_INDEX)) ?? [];
        this.byStem.set(stem.slice(0, STEM_INDEX), bucket);
        let slot = bucket.find((item) => item.stem === stem);
        if (!slot) bucket.push((slot = { stem, phrases: [] }));
        slot.phrases.push(compiled);
      } else {
        const list = this.byWord.get(key) ?? [];
        list.push(compiled);
        this.byWord.set(key, list);
      }
    }
  }

  /** Phrases found in `normalized` (from `normalizeForPhrases`), each once, longest first. */
  match(normalized: string): PhraseEntry[] {
    const candidates = new Set<CompiledPhrase>();
    for (const [word] of normalized.matchAll(WORD)) {
      const exact = this.byWord.get(word);
      if (exact) for (const phrase of exact) candidates.add(phrase);
      const stems = word.length >= STEM_INDEX ? this.byStem.get(word.slice(0, STEM_INDEX)) : undefined;
      if (stems) for (const slot of stems) if (word.startsWith(slot.stem)) for (const phrase of slot.phrases) candidates.add(phrase);
    }
    const found: PhraseEntry[] = [];
    for (const phrase of candidates) if (phrase.test(normalized)) found.push(phrase.entry);
    // A longer phrase that matched makes the shorter phrases inside it redundant ("sign up for our newsletter" ⊃ "sign up").
    found.sort((a, b) => b.text.length - a.text.length);
    return found.filter((entry, i) => !found.slice(0, i).some((longer) => longer.text.includes(entry.text)));
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * One phrase, tested cheaply. A content script starts cold on every page, and
 * compiling ~600 Unicode regular expressions cost ~80 ms of main thread in
 * Chromium; most phrases are plain words, found with `indexOf` and a
 * word-boundary check, and only those with `*` or `#` get a regular
 * expression, built on first use.
 */
class CompiledPhrase {
  private compiled: RegExp | null = null;
  /** The normalised phrase when it is plain words, else null. */
  private readonly literal: string | null;

  constructor(readonly entry: PhraseEntry) {
    this.literal = /[*#]/.test(entry.text) ? null : normalizeForPhrases(entry.text);
  }

  /** Whether the phrase occurs in `normalized` as whole words. */
  test(normalized: string): boolean {
    const literal = this.literal;
    if (literal === null) {
      this.compiled ??= new RegExp(phraseSource(this.entry.text), 'u');
      return this.compiled.test(normalized);
    }
    for (let at = normalized.indexOf(literal); at !== -1; at = normalized.indexOf(literal, at + 1)) {
      const before = normalized[at - 1];
      const after = normalized[at + literal.length];
      if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
    }
    return false;
  }
}

/** The phrase's first word made of letters (numbers and `$#` are poor keys); may end with `*`. */
function keyWord(text: string): string {
  const words = normalizeForPhrases(text).split(/[^\p{L}\p{N}*]+/u).filter((word) => word && word !== '*');
  return words.find((word) => /\p{L}/u.test(word)) ?? words[0] ?? text;
}

let shared: PhraseMatcher | null = null;

/** The matcher over every language, compiled once per script instance. */
export function defaultPhraseMatcher(): PhraseMatcher {
  shared ??= new PhraseMatcher(ALL_PHRASES);
  return shared;
}
