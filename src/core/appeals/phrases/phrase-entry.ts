/**
 * Shape of the per-language phrase lists. Phrases are plain data so that a
 * new language is one new file, never a code change.
 *
 * Phrase syntax (kept tiny on purpose, compiled by `compiled-phrase.ts`):
 * - phrases are written in lower case as readers write them; matching is
 *   case-insensitive on whitespace-collapsed text, whole words only, and reads
 *   Turkish dotted/dotless i, Romanian ș/ş, ț/ţ and German ß/ss as one (`phrase-text.ts`);
 * - `*` at the end of a word matches any word ending (stems: "пожертвова*");
 * - `#` matches a number ("you have # free articles left", "$#").
 */
import type { AppealKind } from '../../types.js';

/** `null` = kind-neutral evidence (e.g. "remind me later"): it only adds to a kind already indicated. */
export type PhraseKind = AppealKind | null;

export interface PhraseEntry {
  text: string;
  kind: PhraseKind;
  /** 0.5 = weak hint, 1 = typical, 1.5–2 = wording almost only appeals use. */
  weight: number;
}

/** Compact constructor used by the language files: `[text, weight]` pairs per kind. */
export function phrases(kind: PhraseKind, list: ReadonlyArray<readonly [string, number]>): PhraseEntry[] {
  return list.map(([text, weight]) => ({ text, kind, weight }));
}
