/**
 * Finds the phrases of every language's list in a text.
 *
 * It runs on the text runs of every page, in a content script that starts
 * cold on each page load, so it avoids regular expressions where plain string
 * work does: phrases are indexed by one of their words, found with `indexOf`
 * and checked at word boundaries by hand. (Compiling the phrases as Unicode
 * regular expressions cost tens of milliseconds of main thread per page in
 * Chromium; one big alternation was ~10x slower still, retrying every phrase
 * at every character.)
 */
import type { PhraseEntry } from './phrase-entry.js';
import { ALL_PHRASES } from './index.js';
import { buildPhraseIndex, phrasesByKey, type PhraseIndex } from './phrase-index.js';
import { PHRASE_INDEX } from './phrase-index.generated.js';
import { CompiledPhrase } from './compiled-phrase.js';
import { lowerCaseForPhrases, normalizeForPhrases } from './phrase-text.js';

const NO_PHRASES: readonly PhraseEntry[] = [];

/**
 * Phrases are indexed by their longest word (see `phrase-index.ts`). One
 * regular expression of those words, plain lower-case strings without
 * Unicode classes, finds them in lower-cased text: `find` asks it once and,
 * only when it hits, tests the phrases filed under the words it saw.
 */
export class PhraseMatcher {
  private readonly byKey: Map<string, number[]>;
  private readonly keys: RegExp;
  /** Phrases are compiled on first use: most are never tested on a given page. */
  private readonly compiled = new Map<number, CompiledPhrase>();
  /** For each key hit so far, the keys that are its prefixes (hits at the same position); filled on first hit. */
  private readonly prefixKeys = new Map<string, string[]>();

  /**
   * `entries` are lower-case phrases (syntax in `phrase-entry.ts`);
   * `index` is `buildPhraseIndex(entries)`, passed in when it was built ahead of time.
   */
  constructor(private readonly entries: readonly PhraseEntry[], index: PhraseIndex = buildPhraseIndex(entries)) {
    this.byKey = phrasesByKey(index);
    // Matched on lower-cased text: without the `i` flag the pattern compiles and runs several times faster on a cold page.
    this.keys = new RegExp(index.pattern, 'g');
  }

  /**
   * Phrases found in page text, each once, longest first. The keys are looked
   * up in the lower-cased text (they hold no spaces or apostrophes, the only
   * characters normalising changes besides case and folded letters); only when
   * one is there is the text normalised and its candidate phrases tested.
   */
  find(text: string): readonly PhraseEntry[] {
    const lower = lowerCaseForPhrases(text);
    // Most texts of a page hold no key: one test, nothing allocated.
    this.keys.lastIndex = 0;
    if (!this.keys.test(lower)) return NO_PHRASES;
    return this.testCandidates(this.candidatesIn(lower), normalizeForPhrases(text));
  }

  /** The phrases filed under the keys that occur in lower-cased `text`. */
  private candidatesIn(text: string): Set<CompiledPhrase> {
    const candidates = new Set<CompiledPhrase>();
    const addKey = (key: string) => {
      for (const position of this.byKey.get(key) ?? []) candidates.add(this.compiledAt(position));
    };
    // Hits may overlap ("newsletters" holds "letters"): after each, look again one character on.
    this.keys.lastIndex = 0;
    for (let hit = this.keys.exec(text); hit; hit = this.keys.exec(text)) {
      addKey(hit[0]);
      for (const prefix of this.prefixesOf(hit[0])) addKey(prefix);
      this.keys.lastIndex = hit.index + 1;
    }
    return candidates;
  }

  private testCandidates(candidates: Set<CompiledPhrase>, normalized: string): PhraseEntry[] {
    const found: PhraseEntry[] = [];
    for (const phrase of candidates) if (phrase.test(normalized)) found.push(phrase.entry);
    // A longer phrase that matched makes the shorter phrases inside it redundant ("sign up for our newsletter" ⊃ "sign up").
    found.sort((a, b) => b.text.length - a.text.length);
    return found.filter((entry, i) => !found.slice(0, i).some((longer) => longer.text.includes(entry.text)));
  }

  private compiledAt(position: number): CompiledPhrase {
    let phrase = this.compiled.get(position);
    if (!phrase) {
      phrase = new CompiledPhrase(this.entries[position]!);
      this.compiled.set(position, phrase);
    }
    return phrase;
  }

  /** The keys that are prefixes of `key` ("newsletter" hides "news" at the same position). */
  private prefixesOf(key: string): string[] {
    let prefixes = this.prefixKeys.get(key);
    if (!prefixes) {
      prefixes = [];
      for (let length = 1; length < key.length; length++) if (this.byKey.has(key.slice(0, length))) prefixes.push(key.slice(0, length));
      this.prefixKeys.set(key, prefixes);
    }
    return prefixes;
  }
}

let shared: PhraseMatcher | null = null;

/** The matcher over every language, compiled once per script instance. */
export function defaultPhraseMatcher(): PhraseMatcher {
  shared ??= new PhraseMatcher(ALL_PHRASES, PHRASE_INDEX);
  return shared;
}
