/**
 * Evaluates the figure finder on labelled money and percentage expressions:
 * Microsoft Recognizers-Text's spec files (MIT licence), kept outside the repository.
 *
 *   npm run eval:figures -- --data DIR [--split all|even|odd] [--errors] [--json OUT]
 *
 * DIR holds `<Language>/CurrencyModel.json` and `<Language>/PercentModel.json`
 * (English, German, French, Spanish, Italian, …; see lib/recognizers-spec.ts).
 * Each Input runs through `figuresInText(input, lang)`, the unranked finder of
 * every figure, with the folder's language.
 *
 * Matching (lib/figure-matching.ts): a labelled span is found when a found figure
 * overlaps it with the same value (relative tolerance 1e-9; percent spans also need
 * unit "%"); value+currency recall also needs the figure's unit to be one of the
 * span's ISO codes (isoCurrency, or the code of its unit name; a bare "Dollar" may be
 * any dollar). Precision counts found figures with an ISO unit (currency files) or
 * "%" (percent files) that overlap a labelled span of the same value.
 *
 * What the spec contains and how it counts:
 * - "all spans" includes bare currency names with no number ("the dollar", value null),
 *   which Plainsight never reports; "numbered" leaves them out.
 * - Sub-units ("50 cents", "470 pence") are labelled with the count of hundredths
 *   and no ISO code: they count for value recall only.
 * - Obsolete currencies (markka, guilder, peseta) and deliberately odd inputs
 *   ("one dollar and one", "1,1^23 pourcent") are kept: they show up as misses.
 * - `--split even|odd` keeps alternate entries of each file. Rules were tuned
 *   looking at `even` only; `odd` is the held-out half.
 */
import { writeFileSync } from 'node:fs';
import { figuresInText } from '../../core/figures/figures-in-text.js';
import { parseArgs } from './lib/cli-args.js';
import { scoreEntry, type EntryScore } from './lib/figure-matching.js';
import { sumScores, totalsRow, TOTALS_HEADER } from './lib/figure-totals.js';
import { markdownTable } from './lib/markdown-table.js';
import { readSpecs, type SpecEntry } from './lib/recognizers-spec.js';

type Split = 'all' | 'even' | 'odd';

function main(): void {
  const args = parseArgs(process.argv.slice(2), { data: 'value', split: 'value', errors: 'flag', json: 'value' });
  const data = args.get('data');
  const split = (args.get('split') ?? 'all') as Split;
  if (typeof data !== 'string' || !['all', 'even', 'odd'].includes(split)) {
    throw new Error('usage: figures-eval --data DIR [--split all|even|odd] [--errors] [--json OUT]');
  }
  const scores = readSpecs(data).map((entry) => scoreEntry(entry, figuresInText(entry.input, entry.lang)));
  const chosen = scores.filter((score) => inSplit(score.entry, split));
  console.log(`Figures on Recognizers-Text specs in ${data} (split: ${split})\n`);
  console.log(byLanguage(chosen));
  console.log(`\nBoth halves (rules were tuned on even; odd is held out)\n`);
  console.log(byHalf(scores));
  if (args.has('errors')) printErrors(chosen);
  const json = args.get('json');
  if (typeof json === 'string') writeFileSync(json, JSON.stringify({ data, split, scores }, null, 2));
}

function inSplit(entry: SpecEntry, split: Split): boolean {
  return split === 'all' || (entry.index % 2 === 0) === (split === 'even');
}

function byLanguage(scores: readonly EntryScore[]): string {
  const rows: string[][] = [];
  for (const model of ['currency', 'percent'] as const) {
    const ofModel = scores.filter((score) => score.entry.model === model);
    const languages = [...new Set(ofModel.map((score) => score.entry.language))];
    for (const language of languages) rows.push(totalsRow([model, language], sumScores(ofModel.filter((score) => score.entry.language === language))));
    rows.push(totalsRow([model, '**all**'], sumScores(ofModel)));
  }
  return markdownTable(['model', 'language', ...TOTALS_HEADER], rows);
}

function byHalf(scores: readonly EntryScore[]): string {
  const rows: string[][] = [];
  for (const model of ['currency', 'percent'] as const) {
    for (const split of ['even', 'odd', 'all'] as const) {
      rows.push(totalsRow([model, split], sumScores(scores.filter((score) => score.entry.model === model && inSplit(score.entry, split)))));
    }
  }
  return markdownTable(['model', 'half', ...TOTALS_HEADER], rows);
}

function printErrors(scores: readonly EntryScore[]): void {
  console.log('\nErrors (missed spans, wrong currency, unmatched predictions)\n');
  for (const { entry, outcomes, predicted } of scores) {
    const problems = [
      ...outcomes.filter((outcome) => !outcome.valueFound).map(({ gold }) => `miss "${gold.text}" = ${gold.value} ${gold.codes.join('/')}`),
      ...outcomes.filter((outcome) => outcome.valueFound && outcome.currencyFound === false).map(({ gold }) => `currency "${gold.text}" wants ${gold.codes.join('/')}`),
      ...predicted.filter((prediction) => !prediction.correct).map(({ figure }) => `extra "${figure.text}" = ${figure.value} ${figure.unit}`),
    ];
    if (problems.length === 0) continue;
    const found = figuresInText(entry.input, entry.lang).map((figure) => `"${figure.text}" ${figure.value} ${figure.unit ?? ''}`.trim());
    console.log(`- [${entry.lang} ${entry.model} #${entry.index}] ${entry.input.slice(0, 160)}`);
    for (const problem of problems) console.log(`    ${problem}`);
    console.log(`    found: ${found.join('; ') || 'nothing'}`);
  }
}

main();
