/**
 * Headlines as pages give them often carry the site's or the author's name
 * after a separator ("… | Eleanor Ainge Roy", "… - The Riverside Courier").
 * The popup shows the byline and the site apart, so the title drops them.
 */

/** " | ", " - ", " – ", " — ", " · ", " :: " between headline and name. */
const SEPARATOR = /\s+(?:[|·•]|::|[-–—])\s+/g;

/** The title without a trailing segment that only repeats the byline or the site name. */
export function withoutNameSuffix(title: string, names: readonly (string | null)[]): string {
  const known = names.filter((name): name is string => !!name).map(comparable);
  if (known.length === 0) return title;
  let cut = title;
  for (;;) {
    const separators = [...cut.matchAll(SEPARATOR)];
    const last = separators[separators.length - 1];
    if (!last || last.index === undefined) return cut;
    const suffix = comparable(cut.slice(last.index + last[0].length));
    const head = cut.slice(0, last.index);
    // Keep a headline's own dash ("Brexit - what now?") and never leave a headline of one word.
    if (!known.some((name) => name === suffix || (suffix.length > 3 && name.includes(suffix))) || head.split(/\s+/).length < 3) return cut;
    cut = head;
  }
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
