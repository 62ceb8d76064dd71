/**
 * A short phrase saying what a figure counts, cut from its clause without the
 * figure itself: "Under the contract, worth an estimated 1.2 billion euros"
 * → "the contract"; "ships that can carry up to 16 helicopters" → "ships that can carry".
 */

/** Words kept before (or, when nothing precedes, after) the figure. */
const MAX_WORDS = 6;
/** Clause openings that say nothing by themselves, so the clause before is kept too. */
const DEPENDENT = /^(worth|valued|costing|estimated|at|of|about|around|some|nearly|almost|up to|or|and|to|by|from|with)\b/i;
/** Words at the edge of the phrase that only qualify the number or link it: "up to", "an estimated", "is". */
const TRAILING_FILLER = /\s+(?:up to|an estimated|estimated|about|around|some|nearly|almost|roughly|over|under|more than|less than|fewer than|at least|at most|just|only|a|an|the|of|to|in|at|by|for|on|from|with|and|or|worth|valued at|is|are|was|were|be|been|by about|rund|etwa|fast|über|mehr als|environ|près de|plus de|unos|unas|casi|más de|circa|quasi|oltre|около|почти|более|свыше|в|на|и|von|de|du|des|d’|d'|di|del|della|und|et|y|e)$/i;
const LEADING_FILLER = /^(?:and|but|or|so|which|that|while|as|who|under|in|on|at|of|for|with|by|from|to|also|then|und|et|y|e|и)\s+/i;

/** The context of the figure at [start, end) of `sentence`. */
export function figureContext(sentence: string, start: number, end: number): string {
  const bounds = clauseBounds(sentence, start, end);
  let before = sentence.slice(bounds.start, start);
  const numbers = [...before.matchAll(/\S*\d\S*/g)];
  const last = numbers[numbers.length - 1];
  if (last) {
    const tail = before.slice((last.index ?? 0) + last[0].length);
    // In an enumeration ("up to 16 helicopters and 450 troops") every figure shares the frame before the first;
    // otherwise only the words after the previous number speak about this one.
    before = ENUMERATION_LINK.test(tail) ? before.slice(0, numbers[0]?.index ?? 0) : tail;
  }
  let phrase = trim(words(before).slice(-MAX_WORDS).join(' '));
  if (!phrase) {
    const after = sentence.slice(end, bounds.end);
    const digit = after.search(/\d/);
    phrase = trim(words(digit >= 0 ? after.slice(0, digit) : after).slice(0, MAX_WORDS).join(' '));
  }
  // Nothing but fillers around it: the clause's other words, if any; never the figure itself again.
  return phrase || trim(words(`${sentence.slice(bounds.start, start)} ${sentence.slice(end, bounds.end)}`).slice(0, MAX_WORDS * 2).join(' '));
}

/**
 * Commas, colons and dashes that end a clause; not the ones inside a number
 * ("6,000 miles", "12:30", "2007-2012"), which would cut "000 miles" loose.
 */
const CLAUSE_BREAK = /(?<!\d)[,:]|[,:](?!\d)|[;()—–]|\s-\s/g;
/** The same marks as word separators, again sparing those inside numbers. */
const WORD_BREAK = /(?<!\d)[,:]|[,:](?!\d)|[;()—–]/g;

/** What separates two figures of one enumeration: the previous figure's noun and "and" ("16 helicopters and 450 troops"). */
const ENUMERATION_LINK = /^[\s,]*(?:[\p{L}-]+\s+){0,3}(?:and|or|und|oder|et|ou|y|o|e|и|или)?[\s,]*$/iu;

function words(text: string): string[] {
  return text.replace(WORD_BREAK, ' ').trim().split(/\s+/).filter(Boolean);
}

function trim(phrase: string): string {
  let current = ` ${phrase}`;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = ` ${current.trim().replace(LEADING_FILLER, '')}`.replace(TRAILING_FILLER, '');
  }
  return current.trim().replace(/[\s.!?"“”«»]+$/, '').replace(/^["“”«»]+/, '');
}

function clauseBounds(sentence: string, start: number, end: number): { start: number; end: number } {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((match) => match.index ?? 0);
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
