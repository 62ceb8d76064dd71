/** Language codes as the engine's language data knows them. */

/** Languages with their own stopwords, abbreviations and stemmer rules. */
export const SUPPORTED_LANGUAGES = ['en', 'ru', 'de', 'fr', 'es', 'it'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

/**
 * Reduces a BCP 47 tag ("en-US", "de_AT", "RU") to a supported primary
 * language, or null when the language is unknown or not supported.
 */
export function primaryLanguage(lang: string | null | undefined): SupportedLanguage | null {
  if (!lang) return null;
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(primary) ? (primary as SupportedLanguage) : null;
}
