/**
 * Every figure written in a piece of text, in reading order: not ranked, not
 * de-duplicated, not limited to running-text paragraphs. Tools and tests use
 * it to see exactly what the finder reads; the article view uses `extractFigures`.
 */
import { figureLexiconFor } from './figure-language.js';
import { findFigures, type FoundFigure } from './find-figures.js';

export type { FoundFigure } from './find-figures.js';

/** All figures of `text`; `lang` (BCP 47) picks the word lists, null reads every supported language. */
export function figuresInText(text: string, lang: string | null = null): FoundFigure[] {
  return findFigures(text, figureLexiconFor(lang), lang);
}
