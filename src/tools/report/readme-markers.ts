/** Rewrites the generated "Quality and speed" part of README.md between its markers. */

export const START_MARKER = '<!-- quality:start -->';
export const END_MARKER = '<!-- quality:end -->';

/**
 * Replaces whatever stands between the markers with `section`, leaving the
 * rest of the README byte for byte. A README without markers gets them, with
 * the section, appended at the end. Markers out of order are an error rather
 * than a guess.
 */
export function rewriteQualitySection(readme: string, section: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  const block = `${START_MARKER}\n${section.trim()}\n${END_MARKER}`;
  if (start === -1 && end === -1) return `${readme.replace(/\s*$/, '')}\n\n${block}\n`;
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`README.md: expected ${START_MARKER} before ${END_MARKER}`);
  }
  if (readme.indexOf(START_MARKER, start + 1) !== -1 || readme.indexOf(END_MARKER, end + 1) !== -1) {
    throw new Error('README.md: the quality markers appear more than once');
  }
  return readme.slice(0, start) + block + readme.slice(end + END_MARKER.length);
}
