import { describe, expect, it } from 'vitest';
import { meanScores, rougeScores } from '../../src/tools/eval/lib/rouge-scores.js';

describe('rougeScores', () => {
  it('gives 1 for identical summaries and ignores case', () => {
    expect(rougeScores(['The cat sat .'], ['the cat sat .'])).toEqual({ rouge1: 1, rouge2: 1, rougeLsum: 1 });
  });

  it('computes unigram and bigram F1 by hand-checkable counts', () => {
    // candidate: a b c d (4 tokens), reference: a b x (3 tokens)
    // ROUGE-1: 2 matches → P 2/4, R 2/3 → F1 = 2·(1/2)(2/3)/(1/2+2/3) = 4/7
    // ROUGE-2: bigram "a b" matches → P 1/3, R 1/2 → F1 = 2/5
    const scores = rougeScores(['a b c d'], ['a b x']);
    expect(scores.rouge1).toBeCloseTo(4 / 7, 6);
    expect(scores.rouge2).toBeCloseTo(2 / 5, 6);
  });

  it('scores ROUGE-Lsum over sentences, not over the joined text', () => {
    // Summary-level LCS: reference sentence "a b" is covered by candidate sentence 2,
    // "c d" by candidate sentence 1, so all 4 reference tokens match (union LCS),
    // while a single LCS over the joined texts would find only 2.
    const scores = rougeScores(['c d', 'a b'], ['a b', 'c d']);
    expect(scores.rougeLsum).toBeCloseTo(1, 6);
    expect(scores.rouge1).toBe(1);
  });

  it('gives zeros for an empty side, and averages scores', () => {
    expect(rougeScores([], ['a b'])).toEqual({ rouge1: 0, rouge2: 0, rougeLsum: 0 });
    expect(meanScores([{ rouge1: 1, rouge2: 0, rougeLsum: 0.5 }, { rouge1: 0, rouge2: 0, rougeLsum: 0.5 }])).toEqual({ rouge1: 0.5, rouge2: 0, rougeLsum: 0.5 });
  });
});
