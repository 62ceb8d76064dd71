/** All phrase lists, one file per language (en, ru, de, fr, es, it, pt, nl, pl, uk, sv, da, nb, cs, sk, fi, tr, ro, hu). */
import type { PhraseEntry } from './phrase-entry.js';
import { EN } from './en.js';
import { RU } from './ru.js';
import { DE } from './de.js';
import { FR } from './fr.js';
import { ES } from './es.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import { NL } from './nl.js';
import { PL } from './pl.js';
import { UK } from './uk.js';
import { SV } from './sv.js';
import { DA } from './da.js';
import { NB } from './nb.js';
import { CS } from './cs.js';
import { SK } from './sk.js';
import { FI } from './fi.js';
import { TR } from './tr.js';
import { RO } from './ro.js';
import { HU } from './hu.js';

export type { PhraseEntry, PhraseKind } from './phrase-entry.js';

export const PHRASES_BY_LANGUAGE: Readonly<Record<string, readonly PhraseEntry[]>> = {
  en: EN, ru: RU, de: DE, fr: FR, es: ES, it: IT, pt: PT, nl: NL, pl: PL, uk: UK, sv: SV, da: DA, nb: NB, cs: CS, sk: SK, fi: FI,
  tr: TR, ro: RO, hu: HU,
};

/** Every language at once: pages mix languages (an English newsletter box on a German site). */
export const ALL_PHRASES: readonly PhraseEntry[] = Object.values(PHRASES_BY_LANGUAGE).flat();
