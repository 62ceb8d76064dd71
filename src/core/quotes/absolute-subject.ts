/**
 * "…, with Mara Quint — who has long opposed the levy — attacking the plan."
 * A name after "with" is usually a prepositional object, but when an -ing
 * verb follows it (after an optional aside set off by dashes) it is the
 * subject of that absolute clause: the person the sentence goes on about,
 * and so a likely antecedent of the next "she".
 */
import type { Token } from './tokens.js';

/** How far (characters) a dash-delimited aside after the name may run. */
const MAX_ASIDE = 160;
const DASH = /^\s*[—–]/;

/** `previous`: the token before the name; `last`: the name's last token; `text`: the article. */
export function isAbsoluteSubject(previous: Token | undefined, last: Token, tokens: readonly Token[], lastIndex: number, text: string): boolean {
  if (previous?.lower !== 'with' || previous.after) return false;
  const rest = text.slice(last.end);
  if (!DASH.test(rest)) return !last.after && isIngVerb(tokens[lastIndex + 1]);
  const open = rest.search(/[—–]/) + 1;
  const close = rest.slice(open).search(/[—–]/);
  if (close < 0 || close > MAX_ASIDE) return false;
  const resume = last.end + open + close + 1;
  return isIngVerb(tokens.find((token) => token.start >= resume));
}

/** A lower-case word ending in "-ing" ("attacking", "leading"), not a capitalised name. */
function isIngVerb(token: Token | undefined): boolean {
  return token !== undefined && token.text === token.lower && /^[a-z]{3,}ing$/.test(token.lower);
}
