/**
 * Reads Microsoft Recognizers-Text spec files (MIT licence), the labelled
 * test sets of its number recognisers:
 *
 *   DIR/<Language>/CurrencyModel.json   money: Text, Resolution {value, unit, isoCurrency?}
 *   DIR/<Language>/PercentModel.json    percentages: Text, Resolution {value: "12%"}
 *
 * Each file is a JSON array of {Input, Results: [{Text, Start?, End?, Resolution}]}.
 * Values are strings; some languages write them with a decimal comma ("2,75").
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isoCodesFor, isSubunit } from './currency-names.js';

export type SpecModel = 'currency' | 'percent';

export interface GoldSpan {
  text: string;
  /** [start, end) in the input; end is exclusive (the spec's End is inclusive and sometimes absent). */
  start: number;
  end: number;
  /** Null for a bare currency name with no number ("the dollar"). */
  value: number | null;
  /** ISO codes the currency may be reported as; empty for percentages, sub-units and unknown names. */
  codes: readonly string[];
  subunit: boolean;
}

export interface SpecEntry {
  language: string;
  /** BCP 47 code passed to the figure finder. */
  lang: string;
  model: SpecModel;
  /** Position in its file: even/odd entries form the two halves. */
  index: number;
  input: string;
  gold: GoldSpan[];
}

const LANGUAGE_CODES: Record<string, string> = {
  English: 'en', German: 'de', French: 'fr', Spanish: 'es', Italian: 'it', Portuguese: 'pt', Dutch: 'nl', Russian: 'ru',
};
const FILES: Record<SpecModel, string> = { currency: 'CurrencyModel.json', percent: 'PercentModel.json' };

interface RawResult {
  Text: string;
  Start?: number;
  Resolution?: { value?: string | null; unit?: string; isoCurrency?: string };
}

/** Every entry of every known language folder under `dir`, in folder then file order. */
export function readSpecs(dir: string): SpecEntry[] {
  const entries: SpecEntry[] = [];
  for (const language of readdirSync(dir).sort()) {
    const lang = LANGUAGE_CODES[language];
    if (!lang) continue;
    for (const model of ['currency', 'percent'] as const) {
      const path = join(dir, language, FILES[model]);
      if (!existsSync(path)) continue;
      const raw = JSON.parse(readFileSync(path, 'utf8')) as Array<{ Input: string; Results: RawResult[] }>;
      raw.forEach((item, index) => entries.push({ language, lang, model, index, input: item.Input, gold: item.Results.map((result) => goldSpan(item.Input, result, model)) }));
    }
  }
  return entries;
}

function goldSpan(input: string, result: RawResult, model: SpecModel): GoldSpan {
  const start = result.Start ?? input.toLowerCase().indexOf(result.Text.toLowerCase());
  if (start < 0) throw new Error(`labelled text not in its input: ${JSON.stringify(result.Text)}`);
  const { value, unit, isoCurrency } = result.Resolution ?? {};
  return {
    text: result.Text,
    start,
    end: start + result.Text.length,
    value: parseSpecValue(value),
    codes: model === 'currency' ? isoCodesFor(unit, isoCurrency) : [],
    subunit: model === 'currency' && isSubunit(unit),
  };
}

/** "75000000" → 75000000, "2,75" → 2.75, "12%" → 12, "1E-12%" → 1e-12, null → null. */
export function parseSpecValue(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const parsed = Number(value.replace(/%$/, '').replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}
