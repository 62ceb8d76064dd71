import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FoundFigure } from '../../src/core/figures/figures-in-text.js';
import { scoreEntry } from '../../src/tools/eval/lib/figure-matching.js';
import { parseSpecValue, readSpecs } from '../../src/tools/eval/lib/recognizers-spec.js';

/** A spec folder with one English currency file and one percent file, written by hand. */
function specFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plainsight-figures-spec-'));
  mkdirSync(join(dir, 'English'));
  writeFileSync(join(dir, 'English', 'CurrencyModel.json'), JSON.stringify([
    { Input: 'The port cost $ 9 million and the dollar fell.', Results: [
      { Text: '$ 9 million', Start: 14, End: 24, Resolution: { value: '9000000', unit: 'Dollar' } },
      { Text: 'dollar', Start: 34, End: 39, Resolution: { value: null, unit: 'Dollar' } },
    ] },
    { Input: 'A stamp costs 80 pence.', Results: [{ Text: '80 pence', Resolution: { value: '80', unit: 'Pence' } }] },
  ]));
  writeFileSync(join(dir, 'English', 'PercentModel.json'), JSON.stringify([{ Input: 'Turnout was 61 %.', Results: [{ Text: '61 %', Resolution: { value: '61%' } }] }]));
  return dir;
}

const figure = (text: string, start: number, value: number, unit: string | null): FoundFigure =>
  ({ text, start, end: start + text.length, value, unit, kind: unit === '%' ? 'percent' : 'money' });

describe('Recognizers-Text spec reading', () => {
  it('reads spans, values, ISO codes and sub-units, finding a missing Start in the input', () => {
    const [money, pence, percent] = readSpecs(specFolder());
    expect(money?.lang).toBe('en');
    expect(money?.gold.map((gold) => [gold.start, gold.end, gold.value, gold.codes.includes('USD')])).toEqual([[14, 25, 9e6, true], [34, 40, null, true]]);
    expect(pence?.gold[0]).toMatchObject({ start: 14, value: 80, codes: [], subunit: true });
    expect(percent?.gold[0]).toMatchObject({ value: 61, codes: [] });
  });

  it('parses values written with a decimal comma or a percent sign', () => {
    expect(parseSpecValue('2,75')).toBe(2.75);
    expect(parseSpecValue('-5%')).toBe(-5);
    expect(parseSpecValue(null)).toBeNull();
  });
});

describe('figure matching', () => {
  const [money, , percent] = readSpecs(specFolder());

  it('finds a span by overlap and value, and its currency by ISO code', () => {
    const score = scoreEntry(money!, [figure('$ 9 million', 14, 9e6, 'USD')]);
    expect(score.outcomes.map((outcome) => [outcome.valueFound, outcome.currencyFound])).toEqual([[true, true], [false, null]]);
    expect(score.predicted.map((prediction) => prediction.correct)).toEqual([true]);
  });

  it('counts a right value with a wrong currency as found but not as currency-found', () => {
    const score = scoreEntry(money!, [figure('$ 9 million', 14, 9e6, 'EUR')]);
    expect(score.outcomes[0]).toMatchObject({ valueFound: true, currencyFound: false });
  });

  it('needs "%" for a percent span and counts an unlabelled percentage as a wrong prediction', () => {
    expect(scoreEntry(percent!, [figure('61 %', 12, 61, null)]).outcomes[0]?.valueFound).toBe(false);
    const score = scoreEntry(percent!, [figure('61 %', 12, 61, '%'), figure('7%', 0, 7, '%')]);
    expect(score.outcomes[0]?.valueFound).toBe(true);
    expect(score.predicted.map((prediction) => prediction.correct)).toEqual([true, false]);
  });
});
