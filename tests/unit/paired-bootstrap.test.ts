import { describe, expect, it } from 'vitest';
import { pairedBootstrap } from '../../src/tools/eval/lib/paired-bootstrap.js';

describe('pairedBootstrap', () => {
  it('gives a zero-width interval when every difference is the same', () => {
    const result = pairedBootstrap([0.5, 0.6, 0.7], [0.4, 0.5, 0.6]);
    expect(result.mean).toBeCloseTo(0.1, 10);
    expect(result.low).toBeCloseTo(0.1, 10);
    expect(result.high).toBeCloseTo(0.1, 10);
    expect(result).toMatchObject({ wins: 3, losses: 0 });
  });

  it('spans zero when the systems trade wins, and is reproducible', () => {
    const a = [1, 0, 1, 0, 1, 0, 1, 0];
    const b = [0, 1, 0, 1, 0, 1, 0, 1];
    const result = pairedBootstrap(a, b);
    expect(result.mean).toBe(0);
    expect(result.low).toBeLessThan(0);
    expect(result.high).toBeGreaterThan(0);
    expect(pairedBootstrap(a, b)).toEqual(result);
  });

  it('rejects unpaired samples', () => {
    expect(() => pairedBootstrap([1], [1, 2])).toThrow(/same length/);
  });
});
