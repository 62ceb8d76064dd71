import { figuresInText } from '../../../src/core/figures/figures-in-text.js';

/** [text, value, unit] of every figure in a sentence, as the popup lists them. */
export function figures(sentence: string, lang: string | null): Array<[string, number, string | null]> {
  return figuresInText(sentence, lang).map((figure) => [figure.text, figure.value, figure.unit]);
}
