/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 over PTB token text, with js-rouge.
 *
 * Both sides arrive as sentences of PTB tokens (see `ptb-text.ts`). Tokens are
 * the whitespace-separated PTB tokens, compared case-insensitively as ROUGE-1.5.5
 * does with lower-casing; ROUGE-Lsum is js-rouge's summary-level LCS over the
 * given sentences (the union LCS of each reference sentence against every
 * candidate sentence), which is what published CNN/DailyMail results report.
 */
import { l, n } from 'js-rouge';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

const tokenizer = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const segmenter = (text: string): string[] => text.split('\n');

/** F1 scores (0–1) of candidate sentences against reference sentences; 0 when either side is empty. */
export function rougeScores(candidate: readonly string[], reference: readonly string[]): RougeScores {
  const cand = candidate.filter((sentence) => sentence.trim());
  const ref = reference.filter((sentence) => sentence.trim());
  if (!cand.length || !ref.length) return { rouge1: 0, rouge2: 0, rougeLsum: 0 };
  const options = { tokenizer, caseSensitive: false };
  return {
    rouge1: n(cand.join(' '), ref.join(' '), { ...options, n: 1 }),
    rouge2: n(cand.join(' '), ref.join(' '), { ...options, n: 2 }),
    rougeLsum: l(cand.join('\n'), ref.join('\n'), { ...options, segmenter }),
  };
}

/** The mean of each score over several results (for several references, or several articles). */
export function meanScores(all: readonly RougeScores[]): RougeScores {
  const mean = (key: keyof RougeScores) => (all.length ? all.reduce((sum, s) => sum + s[key], 0) / all.length : 0);
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeLsum: mean('rougeLsum') };
}
