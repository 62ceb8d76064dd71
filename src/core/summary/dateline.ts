/**
 * News datelines and agency tags that open a story's first paragraph:
 * "MOSCOW (Reuters) — ", "Rome (CNN) -- ", "(CNN) ", "WASHINGTON — ",
 * "LONDON, March 5 (AP) - ", "BERLIN (dpa) – ", "FAIRVIEW, W.Va. - ", "МОСКВА, 5 марта. /ТАСС/. ".
 * They belong to the page, not to the sentence, so the summary drops them.
 */

const AGENCY = String.raw`(?:CNN|Reuters|AP|AFP|UPI|Bloomberg|dpa|DPA|ANSA|EFE|Europa Press|KNA|epd|APA|SDA|Xinhua|RIA Novosti|Interfax|ТАСС|TASS|Интерфакс|РИА Новости|BBC|NPR|[A-Z][A-Za-z.&]{1,12} News)`;
/** A place: one to four capitalised words, optionally with ", date". */
const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*[\p{L}\d .]{1,25})?`;
const DASH = String.raw`\s*(?:--|—|–|-|:)?\s*`;

/** How far into a paragraph a dateline can reach (a place of four words, a date, an agency tag). */
const HEAD_CHARS = 160;

/**
 * Each pattern with a cheap test of the paragraph's head it cannot match
 * without: most paragraphs pass none, so a page seldom pays for compiling
 * these Unicode patterns at all.
 */
const DATELINES: ReadonlyArray<{ mayMatch: (head: string) => boolean; pattern: RegExp }> = [
  // "(CNN) -- ", "Rome (CNN) ", "LONDON, March 5 (Reuters) - "
  { mayMatch: (head) => head.includes('('), pattern: new RegExp(String.raw`^(?:${PLACE}\s*)?\(${AGENCY}[^)]{0,20}\)${DASH}`, 'u') },
  // "МОСКВА, 5 марта. /ТАСС/. "
  { mayMatch: (head) => head.includes('/'), pattern: new RegExp(String.raw`^(?:${PLACE}\s*[.,]?\s*)?/${AGENCY}/\.?${DASH}`, 'u') },
  // "WASHINGTON — ", "SAN FRANCISCO, Calif. -- ": an all-capitals place then a dash.
  {
    mayMatch: (head) => isUpperCaseLetter(head[0]) && /[-—–]/.test(head),
    pattern: /^\p{Lu}[\p{Lu} .'’-]{2,30}(?:,\s*[\p{L}\d .]{1,25})?\s*(?:--|—|–|\s-)\s+/u,
  },
];

function isUpperCaseLetter(char: string | undefined): boolean {
  return char !== undefined && char !== char.toLowerCase();
}

/** Removes a leading dateline or agency tag; returns the text unchanged when it has none. */
export function stripDateline(text: string): string {
  const head = text.slice(0, HEAD_CHARS);
  for (const { mayMatch, pattern } of DATELINES) {
    if (!mayMatch(head)) continue;
    const match = pattern.exec(text);
    if (match && match[0].length < text.length) return text.slice(match[0].length);
  }
  return text;
}
