/**
 * Runs of capitalised words, the raw material of names: "House Speaker Paul
 * Ryan", "Charles de Gaulle", "Bank of England".
 */
import type { QuoteLexicon } from './quote-language.js';
import { isCapitalized, isPossessive, withoutPossessive, type Token } from './tokens.js';

/** Lower-case particles that may sit inside a name: "Charles de Gaulle", "Ursula von der Leyen". */
export const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'al', 'bin', 'ibn', 'ter', 'dos', 'das', 'du', 'y']);

/** Splits tokens into runs of capitalised words (with particles and a body's "of" inside); a possessive ends a run. */
export function capitalizedRuns(tokens: readonly Token[], lexicon: QuoteLexicon): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    const isParticle = run.length > 0 && PARTICLES.has(token.lower) && next !== undefined && isCapitalized(next);
    if ((isCapitalized(token) && !lexicon.pronouns.has(token.lower)) || isParticle || joinsBody(run, token, next, lexicon)) {
      if (isPossessive(token)) {
        // "Clinton’s campaign manager Robby Mook": the possessor is not the speaker, but it is its own run,
        // the speaker's name when no other follows ("Ivana Trump's brief said").
        run.push({ ...token, text: withoutPossessive(token.text), lower: withoutPossessive(token.lower) });
        flush();
        continue;
      }
      run.push(token);
      // Any punctuation ends the name: "Flynn, a top surrogate", "… Sánchez. Según …" (initials keep their dot in the token).
      if (token.after) flush();
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** Bodies whose names go on with "on": "Commission on Presidential Debates", "Council on Foreign Relations". */
const ON_BODIES = new Set(['commission', 'committee', 'council']);

/**
 * "Bank of England", "Center for Public Integrity", "Commission on …": a
 * preposition right after a body's word carries its name on, but not into
 * a day or a date ("the Senate on Tuesday"). English only: other languages'
 * connectors ("de", "di") are particles already.
 */
export function joinsBody(run: readonly Token[], token: Token, next: Token | undefined, lexicon: QuoteLexicon): boolean {
  const last = run[run.length - 1];
  if (!last || last.after || token.after || !next || !isCapitalized(next) || lexicon.functionWords.has(next.lower)) return false;
  if (!lexicon.organizationWords.has(last.lower)) return false;
  return token.lower === 'of' || token.lower === 'for' || (token.lower === 'on' && ON_BODIES.has(last.lower));
}
