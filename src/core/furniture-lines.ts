/**
 * Lines and sentences that sit in article paragraphs but are not article
 * content: bylines, photo credits, "Read more" and "Related:" links, update
 * stamps, sharing and copyright lines. Patterns cover en/ru/de/fr/es/it.
 * The summary skips such sentences; the article text drops such blocks
 * (see `body-blocks.ts`).
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

const CREDIT_WORDS = 'photo|photograph|image|picture|video|credit|source|illustration|foto|bild|фото|видео|crédit|crédito|fonte';
const LINK_LEADS = String.raw`read more|read also|related|see also|more on this|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|voir aussi|lee también|leer más|te puede interesar|leggi anche|potrebbe interessarti|читайте также|смотрите также`;
const STAMP_WORDS = 'published|updated|last (?:updated|modified)|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено';
/** Photo agencies at the end of a credit line: "JIM WATSON/AFP/Getty Images", "(AP Photo/Evan Vucci)". */
const AGENCY_CREDIT = /\b(?:getty images|shutterstock|afp via getty|reuters\/|ap photo|alamy|istock|epa-efe)\b[^.]{0,30}\)?\.?$/;
/** AP-style captions left in the text: "In this photo dated …", "In this Nov. 29 file photo, …", "FILE - …" (not "File-by-File"). */
const AP_CAPTION = /^(?:in (?:this|a|an) (?:[^,]|,\s*\d){0,40}?(?:photo|image|picture|handout|still|screen ?grab)\b|(?:file|handout) photo\b|pictured:|file\s*[-–—]\s)/;
/** Stamps: "Published: 12:00", "Updated 5 March". */
const STAMP = new RegExp(String.raw`^(?:${STAMP_WORDS})${END}[^.]{0,60}\d`);

/** Everything else is matched case-insensitively: these run on the lower-cased sentence. */
const LOWER_CASE_PATTERNS: readonly RegExp[] = [
  // Credits: "Photo: AP", "(Photo by X/Getty Images)", "Foto: dpa", "Фото: ТАСС"
  new RegExp(String.raw`^\(?(?:${CREDIT_WORDS})s?${END}[^.]{0,40}[:|/]`),
  AP_CAPTION,
  AGENCY_CREDIT,
  // Link lines: "Read more: …", "Related: …", "See also …", "Click here …", "Lesen Sie auch", "Lire aussi", "Читайте также"
  new RegExp(String.raw`^(?:${LINK_LEADS}|click here|watch|listen|подробнее)${END}`),
  STAMP,
];

/**
 * Whole blocks dropped from the article text must be furniture beyond doubt,
 * so these are stricter than the sentence patterns: a credit word or a link
 * lead followed by its colon ("Source: Supplied", "Related: …", not "Source
 * files: …" or "Watch how the text changes").
 */
const BLOCK_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`^\(?(?:${CREDIT_WORDS})s?\s*(?::|by${END})`),
  AP_CAPTION,
  AGENCY_CREDIT,
  new RegExp(String.raw`^(?:${LINK_LEADS})\s*[:»|>]`),
  STAMP,
];

/**
 * Sharing, sign-up and copyright wording. Enough to keep a sentence out of
 * the summary, not to drop a paragraph from the article: an article about
 * newsletters or copyright uses these words in its prose.
 */
const PROMO_WORDING = /\b(?:share this|follow us on|sign up for|subscribe to our|newsletter|all rights reserved|copyright)\b|©/;

/** Whether a line is a byline, credit, caption lead, link line or stamp: furniture wherever it stands. */
function isFurnitureLine(line: string): boolean {
  if (BYLINE_STARTS.has(line[0] ?? '') && BYLINES.some((pattern) => pattern.test(line))) return true;
  const lower = line.toLowerCase();
  return LOWER_CASE_PATTERNS.some((pattern) => pattern.test(lower));
}

/** Whether a whole block (a paragraph of its own) is a byline, credit, caption lead, link line or stamp. */
export function isFurnitureBlockText(text: string): boolean {
  if (BYLINE_STARTS.has(text[0] ?? '') && BYLINES.some((pattern) => pattern.test(text))) return true;
  const lower = text.toLowerCase();
  return BLOCK_PATTERNS.some((pattern) => pattern.test(lower));
}

/** Whether a sentence is page furniture or promotion, and so no summary material. */
export function isBoilerplate(sentence: string): boolean {
  return isFurnitureLine(sentence) || PROMO_WORDING.test(sentence.toLowerCase());
}
