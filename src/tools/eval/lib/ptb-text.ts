/**
 * Penn Treebank (PTB) token text, as CNN/DailyMail and SummEval distribute it:
 * "the team 's 0-0 draw , he said ." with `` '' for double quotes.
 *
 * - `detokenizePtb` turns it back into ordinary prose for Plainsight's pipeline.
 * - `tokenizePtb` turns Plainsight's output into the same token text, so that
 *   system and reference summaries are compared token for token.
 * - `ptbSentences` splits token text at sentence-final tokens.
 */

const CLITICS = /^(?:'s|'S|n't|N'T|'re|'ve|'ll|'d|'m|'RE|'VE|'LL|'D|'M)$/;
const ATTACH_LEFT = /^(?:[.,;:?!%)\]}…]|\.\.\.|'')$/;
const ATTACH_RIGHT = /^(?:[$#(\[{]|``)$/;
const BRACKETS: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };

/** Joins PTB tokens back into prose: "team 's" → "team's", "`` Hi , '' he said" → "\"Hi,\" he said". */
export function detokenizePtb(text: string): string {
  let out = '';
  let glueNext = false;
  let singleOpen = false;
  let doubleOpen = false;
  const tokens = text.split(/\s+/).filter(Boolean);
  tokens.forEach((raw, index) => {
    const token = BRACKETS[raw] ?? raw;
    let left = ATTACH_LEFT.test(token) || CLITICS.test(token);
    let right = ATTACH_RIGHT.test(token);
    let word = token === '``' || token === "''" ? '"' : token;
    if (token === '"') {
      // A bare double quote: alternate opening and closing.
      [left, right] = doubleOpen ? [true, false] : [false, true];
      doubleOpen = !doubleOpen;
    } else if (token === "'" && !singleOpen && /s$/i.test(tokens[index - 1] ?? '') && !/^\p{Lu}/u.test(tokens[index + 1] ?? 'X')) {
      // "the Gunners ' 2-1 win": a plural possessive, not a quotation.
      left = true;
    } else if (token === "'" || token === '‘' || token === '’') {
      // A bare single quote closes the quotation a "'word" opened, otherwise it opens one.
      [left, right] = singleOpen ? [true, false] : [false, true];
      singleOpen = !singleOpen;
      word = "'";
    } else if (/^['‘][\p{L}\p{N}]/u.test(token) && !CLITICS.test(token)) {
      singleOpen = true;
    }
    out += out && !left && !glueNext ? ` ${word}` : word;
    glueNext = right;
  });
  return out;
}

/** Splits prose into PTB tokens, the inverse of `detokenizePtb` as far as scoring needs. */
export function tokenizePtb(text: string): string {
  const state = { doubleOpen: false };
  return text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => tokenizeWord(word, state))
    .join(' ');
}

const LEADING = /^(?:[“"(\[{$#‘]|\.\.\.)/;
const TRAILING = /(?:[”"’',;:?!)\]}%…]|\.\.\.|\.)$/;
/** Words whose final period is part of the word in PTB text ("U.S.", "Dr.", "V."). */
const KEEPS_PERIOD = /^(?:(?:\p{L}\.)+|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Inc|Corp|Ltd|Co|vs|etc|No)\.?$/u;
const CLITIC_SPLIT = /^(.+?)(n't|['’](?:s|re|ve|ll|d|m))$/i;

function tokenizeWord(word: string, state: { doubleOpen: boolean }): string[] {
  const head: string[] = [];
  const tail: string[] = [];
  let rest = word;
  for (let lead = LEADING.exec(rest); lead && rest.length > lead[0].length; lead = LEADING.exec(rest)) {
    head.push(quoteToken(lead[0], state));
    rest = rest.slice(lead[0].length);
  }
  for (let trail = TRAILING.exec(rest); trail && rest.length > trail[0].length; trail = TRAILING.exec(rest)) {
    if (trail[0] === '.' && KEEPS_PERIOD.test(rest)) break;
    if (/^[’']$/.test(trail[0]) && /[sS]['’]$/.test(rest) && !/^['‘]/.test(rest)) break;
    tail.unshift(trail[0]);
    rest = rest.slice(0, -trail[0].length);
  }
  const clitic = /\d/.test(rest) ? null : CLITIC_SPLIT.exec(rest);
  const core = clitic ? [clitic[1]!, clitic[2]!.replace('’', "'")] : [rest];
  return [...head, ...core, ...tail.map((token) => quoteToken(token, state))];
}

function quoteToken(token: string, state: { doubleOpen: boolean }): string {
  if (token === '“') return '``';
  if (token === '”') return "''";
  if (token === '"') {
    state.doubleOpen = !state.doubleOpen;
    return state.doubleOpen ? '``' : "''";
  }
  return token;
}

const SENTENCE_END = /^(?:[.!?]|\.\.\.)$/;
const CLOSERS = /^(?:''|'|’|\)|\])$/;

/** Splits PTB token text into sentences at ".", "!" and "?" tokens (with any closing quotes that follow). */
export function ptbSentences(text: string): string[] {
  const tokens = text.split(/\s+/).filter(Boolean);
  const sentences: string[] = [];
  let current: string[] = [];
  tokens.forEach((token, index) => {
    current.push(token);
    const next = tokens[index + 1];
    if (SENTENCE_END.test(token) && !(next && (CLOSERS.test(next) || SENTENCE_END.test(next)))) flush();
    else if (CLOSERS.test(token) && current.length > 1 && SENTENCE_END.test(current[current.length - 2] ?? '') && !(next && CLOSERS.test(next))) flush();
  });
  flush();
  return sentences;

  function flush() {
    if (current.length) sentences.push(current.join(' '));
    current = [];
  }
}
