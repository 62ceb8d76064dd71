import { describe, expect, it } from 'vitest';
import { averageScores, scoreTexts, shingles } from '../../src/tools/eval/lib/shingles.js';
import { wordTokens } from '../../src/tools/eval/lib/word-tokens.js';

describe('wordTokens', () => {
  it('lower-cases and splits on punctuation, keeping letters of any script', () => {
    expect(wordTokens('Señor Müller’s café, 2024 — Привет!')).toEqual(['señor', 'müller', 's', 'café', '2024', 'привет']);
  });

  it('makes each Han or kana character a token of its own', () => {
    expect(wordTokens('北京大学 iPhone')).toEqual(['北', '京', '大', '学', 'iphone']);
  });
});

describe('shingles', () => {
  it('counts repeated 4-grams as a multiset', () => {
    const bag = shingles('a b c d a b c d');
    // 5 windows: abcd, bcda, cdab, dabc, abcd
    expect(bag.get('a b c d')).toBe(2);
    expect([...bag.values()].reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('gives a short non-empty text one shingle and an empty text none', () => {
    expect([...shingles('Just three words').entries()]).toEqual([['just three words', 1]]);
    expect(shingles('  … ').size).toBe(0);
  });
});

describe('scoreTexts', () => {
  it('computes precision and recall by hand on a partial extraction', () => {
    // expected: 6 tokens → 3 shingles (one two three four / two three four five / three four five six)
    // extracted: "three four five six seven eight" → 3 shingles, 1 of them expected
    const score = scoreTexts('one two three four five six', 'three four five six seven eight');
    expect(score).toMatchObject({ expected: 3, extracted: 3, matched: 1 });
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 3);
    expect(score.f1).toBeCloseTo(1 / 3);
  });

  it('clips repeated shingles: a sentence extracted twice only matches once', () => {
    const score = scoreTexts('w x y z', 'w x y z. w x y z');
    // extracted windows: wxyz, xyzw, yzwx, zwxy, wxyz → 5, matched min(1,2) = 1
    expect(score.precision).toBeCloseTo(1 / 5);
    expect(score.recall).toBe(1);
    expect(score.f1).toBeCloseTo((2 * 0.2) / 1.2);
  });

  it('ignores case and punctuation', () => {
    expect(scoreTexts('The cat sat on the mat.', 'the CAT sat, on the mat').f1).toBe(1);
  });

  it('never rewards an empty extraction', () => {
    expect(scoreTexts('one two three four five', '')).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(scoreTexts('', '')).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(scoreTexts('', 'some stray words here')).toMatchObject({ precision: 0, recall: 1 });
  });
});

describe('averageScores', () => {
  it('averages P and R over pages with equal weight, then takes F1 of the averages', () => {
    const overall = averageScores([
      { precision: 1, recall: 0.5 },
      { precision: 0.5, recall: 1 },
      { precision: 0.75, recall: 0 },
    ]);
    expect(overall.pages).toBe(3);
    expect(overall.precision).toBeCloseTo(0.75);
    expect(overall.recall).toBeCloseTo(0.5);
    expect(overall.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25); // 0.6, not the mean of per-page F1s
  });

  it('reports zeros for no pages', () => {
    expect(averageScores([])).toEqual({ pages: 0, precision: 0, recall: 0, f1: 0 });
  });
});
