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

export class PhraseMatcher {
  private readonly pattern: RegExp;
  private readonly entries: readonly PhraseEntry[];

  constructor(entries: readonly PhraseEntry[]) {
    // Longest first, so "sign up for our newsletter" wins over "newsletter" at the same position.
    this.entries = [...entries].sort((a, b) => b.text.length - a.text.length);
    this.pattern = new RegExp(this.entries.map((entry) => `(${phraseSource(entry.text)})`).join('|'), 'gu');
  }

  /** Phrases found in `text` (already lower-cased by `normalizeForPhrases`), each once. */
  match(normalized: string): PhraseEntry[] {
    const found: PhraseEntry[] = [];
    this.pattern.lastIndex = 0;
    for (const match of normalized.matchAll(this.pattern)) {
      const group = match.findIndex((value, index) => index > 0 && value !== undefined);
      const entry = this.entries[group - 1];
      if (entry && !found.includes(entry)) found.push(entry);
    }
    return found;
  }
}

let shared: PhraseMatcher | null = null;

/** The matcher over every language, compiled once per script instance. */
export function defaultPhraseMatcher(): PhraseMatcher {
  shared ??= new PhraseMatcher(ALL_PHRASES);
  return shared;
}
