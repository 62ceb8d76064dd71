/**
 * Word tokens for text-overlap scoring, in the article-extraction-benchmark
 * convention (Python's `re.findall(r'\w+', text.lower())`), made Unicode-aware:
 * letters, digits, combining marks and `_` form words; punctuation splits them.
 *
 * Scripts written without spaces (Han, Hiragana, Katakana) would otherwise
 * become one giant "word" per sentence, which makes 4-gram overlap meaningless,
 * so each of their characters is a token of its own.
 */
const TOKEN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}_])+/gu;

/** Lower-cased word tokens of `text`, in order. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}
