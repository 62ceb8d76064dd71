/**
 * Sentences that sit in article paragraphs but are not article content:
 * bylines, photo credits, "Read more" and "Related:" links, update stamps,
 * sharing and copyright lines. Patterns cover en/ru/de/fr/es/it.
 */

/**
 * Word end for the languages the patterns cover (Latin, Latin-1/Extended,
 * Cyrillic letters and digits), on lower-cased text. A plain class instead of
 * `\p{L}`: every sentence of every page is tested here, on a cold page, and
 * case-insensitive Unicode patterns cost far more to compile and to run.
 */
const END = String.raw`(?![0-9a-z\u00df-\u00ff\u0100-\u024f\u0430-\u045f])`;

/** Bylines: case matters (a name starts with a capital), so they run on the sentence as written. */
const BYLINES: readonly RegExp[] = [
  // "By Jane Smith", "Von Max Muster", "Par Marie Dupont", "Por …", "Di …", "Автор: …"
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Aa]втор|[Тт]екст)[\s:]+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|e|и))*\s*[.,|]?$/u,
  // "By Alexey Eremenko · March 12, 2013", "By Jane Smith | Reuters"
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[·|•—–]/u,
  /^(?:[Bb]y\s*\.|[Bb]y\s+\p{Lu}[\p{L}.'’ -]{1,40}(?:\||\bfor\b|\bPUBLISHED\b|\bUPDATED\b|\bpublished\b|\bupdated\b))/u,
];
/** First letters of the byline words above: other sentences skip those patterns. */
const BYLINE_STARTS = new Set(['B', 'b', 'V', 'v', 'P', 'p', 'D', 'd', 'А', 'а', 'Т', 'т']);

/** Everything else is matched case-insensitively: these run on the lower-cased sentence. */
const LOWER_CASE_PATTERNS: readonly RegExp[] = [
  // Credits: "Photo: AP", "(Photo by X/Getty Images)", "Foto: dpa", "Фото: ТАСС"
  new RegExp(String.raw`^\(?(?:photo|photograph|image|picture|video|credit|source|illustration|foto|bild|фото|видео|crédit|crédito|fonte)s?${END}[^.]{0,40}[:|/]`),
  // AP-style captions left in the text: "In this photo dated …", "In this Nov. 29 file photo, …", "FILE - …"
  /^(?:in (?:this|a|an) (?:[^,]|,\s*\d){0,40}?(?:photo|image|picture|handout|still|screen ?grab)\b|(?:file|handout) photo\b|pictured:|file\s*[-–—])/,
  /\b(?:getty images|shutterstock|afp via getty|reuters\/|ap photo|alamy|istock|epa-efe)\b[^.]{0,30}\)?\.?$/,
  // Link lines: "Read more: …", "Related: …", "See also …", "Click here …", "Lesen Sie auch", "Lire aussi", "Читайте также"
  new RegExp(
    String.raw`^(?:read more|read also|related|see also|more on this|click here|watch|listen|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|voir aussi|lee también|leer más|te puede interesar|leggi anche|potrebbe interessarti|читайте также|подробнее|смотрите также)${END}`,
  ),
  // Stamps and sharing: "Published: 12:00", "Updated 5 March", "Share this article", "Follow us on Twitter"
  new RegExp(
    String.raw`^(?:published|updated|last (?:updated|modified)|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено)${END}[^.]{0,60}\d`,
  ),
  /\b(?:share this|follow us on|sign up for|subscribe to our|newsletter|all rights reserved|copyright)\b|©/,
];

/** Whether a sentence is a byline, credit, link line, stamp or similar page furniture. */
export function isBoilerplate(sentence: string): boolean {
  if (BYLINE_STARTS.has(sentence[0] ?? '') && BYLINES.some((pattern) => pattern.test(sentence))) return true;
  const lower = sentence.toLowerCase();
  return LOWER_CASE_PATTERNS.some((pattern) => pattern.test(lower));
}
