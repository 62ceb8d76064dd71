/**
 * A rough guess of the language of a text from its function words, for when
 * the page does not declare one (plain text, a missing `lang` attribute).
 */
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from './language.js';
import { stopwordsFor } from './stopwords.js';

/** Words sampled: enough to be sure, few enough to stay cheap on long articles. */
const SAMPLE_WORDS = 400;
/** Below this share of function words the text is not prose in any supported language. */
const MIN_SHARE = 0.15;

/** The supported language whose function words are most frequent in `text`, or null. */
export function detectLanguage(text: string): SupportedLanguage | null {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, SAMPLE_WORDS);
  if (words.length === 0) return null;
  let best: SupportedLanguage | null = null;
  let bestHits = 0;
  for (const lang of SUPPORTED_LANGUAGES) {
    const stopwords = stopwordsFor(lang);
    const hits = words.reduce((count, word) => count + (stopwords.has(word) ? 1 : 0), 0);
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return bestHits / words.length >= MIN_SHARE ? best : null;
}
