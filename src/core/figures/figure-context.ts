/**
 * A short phrase saying what a figure counts, cut from its clause:
 * "worth an estimated 1.2 billion euros" → "the contract, worth an estimated 1.2 billion euros".
 */

/** Words kept on either side of the figure. */
const WORDS_BEFORE = 6;
const WORDS_AFTER = 5;
/** Clause openings that say nothing by themselves, so the clause before is kept too. */
const DEPENDENT = /^(worth|valued|costing|estimated|at|of|about|around|some|nearly|almost|up to|or|and|to|by|from|with)\b/i;
const LEADING_FILLER = /^(and|but|or|so|which|that|while|as|who|und|et|y|e|и)\s+/i;

/** The context of the figure at [start, end) of `sentence`. */
export function figureContext(sentence: string, start: number, end: number): string {
  const bounds = clauseBounds(sentence, start, end);
  const before = sentence.slice(bounds.start, start).trim().split(/\s+/).filter(Boolean).slice(-WORDS_BEFORE);
  const after = sentence.slice(end, bounds.end).trim().split(/\s+/).filter(Boolean).slice(0, WORDS_AFTER);
  const phrase = [...before, sentence.slice(start, end).trim(), ...after].join(' ');
  return phrase.replace(LEADING_FILLER, '').replace(/[\s,;:.!?—–-]+$/, '');
}

function clauseBounds(sentence: string, start: number, end: number): { start: number; end: number } {
  const breaks = [...sentence.matchAll(/[,;:()—–]|\s-\s/g)].map((match) => match.index ?? 0);
  let from = 0;
  let to = sentence.length;
  for (const at of breaks) {
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  const own = sentence.slice(from, start).trim();
  if (from > 0 && (own.split(/\s+/).filter(Boolean).length < 3 || DEPENDENT.test(own))) {
    const earlier = breaks.filter((at) => at < from - 1);
    from = earlier.length ? (earlier[earlier.length - 1] as number) + 1 : 0;
  }
  return { start: from, end: to };
}
