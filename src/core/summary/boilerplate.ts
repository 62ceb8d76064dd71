/**
 * Sentences that sit in article paragraphs but are not article content:
 * bylines, photo credits, "Read more" and "Related:" links, update stamps,
 * sharing and copyright lines. Patterns cover en/ru/de/fr/es/it.
 */

/** Word end that works for any script (`\b` only knows ASCII letters). */
const END = String.raw`(?![\p{L}\p{N}])`;

const PATTERNS: readonly RegExp[] = [
  // Bylines: "By Jane Smith", "Von Max Muster", "Par Marie Dupont", "Por …", "Di …", "Автор: …"
  // (No `i` flag: with it, \p{Lu} would match lower-case letters too.)
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Aa]втор|[Тт]екст)[\s:]+\p{Lu}[\p{L}.'’-]*(?:,?\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|e|и))*\s*[.,|]?$/u,
  // "By Alexey Eremenko · March 12, 2013", "By Jane Smith | Reuters"
  /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*[·|•—–]/u,
  /^(?:[Bb]y\s*\.|[Bb]y\s+\p{Lu}[\p{L}.'’ -]{1,40}(?:\||\bfor\b|\bPUBLISHED\b|\bUPDATED\b|\bpublished\b|\bupdated\b))/u,
  // Credits: "Photo: AP", "(Photo by X/Getty Images)", "Foto: dpa", "Фото: ТАСС"
  new RegExp(String.raw`^\(?(?:photo|photograph|image|picture|video|credit|source|illustration|foto|bild|фото|видео|crédit|crédito|fonte)s?${END}[^.]{0,40}[:|/]`, 'iu'),
  // AP-style captions left in the text: "In this photo dated …", "In this Nov. 29 file photo, …", "FILE - …"
  /^(?:in (?:this|a|an) (?:[^,]|,\s*\d){0,40}?(?:photo|image|picture|handout|still|screen ?grab)\b|(?:file|handout) photo\b|pictured:|FILE\s*[-–—])/iu,
  /\b(?:getty images|shutterstock|afp via getty|reuters\/|ap photo|alamy|istock|epa-efe)\b[^.]{0,30}\)?\.?$/iu,
  // Link lines: "Read more: …", "Related: …", "See also …", "Click here …", "Lesen Sie auch", "Lire aussi", "Читайте также"
  new RegExp(
    String.raw`^(?:read more|read also|related|see also|more on this|click here|watch|listen|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|voir aussi|lee también|leer más|te puede interesar|leggi anche|potrebbe interessarti|читайте также|подробнее|смотрите также)${END}`,
    'iu',
  ),
  // Stamps and sharing: "Published: 12:00", "Updated 5 March", "Share this article", "Follow us on Twitter"
  new RegExp(
    String.raw`^(?:published|updated|last (?:updated|modified)|posted|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|опубликовано|обновлено)${END}[^.]{0,60}\d`,
    'iu',
  ),
  /\b(?:share this|follow us on|sign up for|subscribe to our|newsletter|all rights reserved|copyright)\b|©/iu,
];

/** Whether a sentence is a byline, credit, link line, stamp or similar page furniture. */
export function isBoilerplate(sentence: string): boolean {
  return PATTERNS.some((pattern) => pattern.test(sentence));
}
