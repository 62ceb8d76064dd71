/**
 * Evaluates quote and speaker extraction on a brat-annotated attribution
 * corpus laid out like PolNeAR (`text/<article>.txt`, `attributions/<article>[_<annotator>].ann`).
 *
 *   npm run eval:quotes -- --data /work/shared/corpus/quotes/polnear-dev [--json out.json] [--errors] [--half odd|even]
 *
 * `--half` keeps every other article (1st, 3rd, … for odd; 2nd, 4th, … for
 * even, in file-name order): a rule that helps only one half is likely tuned
 * to those articles rather than to news prose.
 *
 * Each text runs through `analyzeText` (one paragraph a line). When an article
 * has several annotators, the alphabetically first `.ann` file is used.
 * Matching and speaker rules: see lib/quote-matching.ts and lib/gold-quotes.ts.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../core/index.js';
import { parseBrat } from './lib/brat-ann.js';
import { parseArgs } from './lib/cli-args.js';
import { goldQuotes } from './lib/gold-quotes.js';
import { markdownTable } from './lib/markdown-table.js';
import { scoreArticle, type ArticleScore } from './lib/quote-scoring.js';

function main(): void {
  const args = parseArgs(process.argv.slice(2), { data: 'value', json: 'value', errors: 'flag', half: 'value' });
  const data = args.get('data');
  if (typeof data !== 'string') throw new Error('usage: quotes-eval --data DIR [--json OUT] [--errors] [--half odd|even]');
  const half = args.get('half');
  if (half !== undefined && half !== 'odd' && half !== 'even') throw new Error('--half must be odd or even');
  const annotations = readdirSync(join(data, 'attributions')).filter((name) => name.endsWith('.ann')).sort();
  const scores: ArticleScore[] = [];
  const chosen: string[] = [];
  let articleIndex = 0;
  for (const textFile of readdirSync(join(data, 'text')).filter((name) => name.endsWith('.txt')).sort()) {
    const article = textFile.replace(/\.txt$/, '');
    const ann = annotations.find((name) => name === `${article}.ann` || name.startsWith(`${article}_`));
    if (!ann) continue;
    articleIndex++;
    if (half !== undefined && articleIndex % 2 !== (half === 'odd' ? 1 : 0)) continue;
    chosen.push(ann);
    const text = readFileSync(join(data, 'text', textFile), 'utf8');
    const gold = goldQuotes(text, parseBrat(readFileSync(join(data, 'attributions', ann), 'utf8')));
    scores.push(scoreArticle(article, text, gold, analyzeText(text).quotes));
  }
  const totals = sumScores(scores);
  console.log(report(totals, scores.length));
  if (args.has('errors')) printErrors(scores);
  const json = args.get('json');
  if (typeof json === 'string') writeFileSync(json, JSON.stringify({ data, annotationFiles: chosen, totals, articles: scores }, null, 2));
}

type Totals = ReturnType<typeof sumScores>;

function sumScores(scores: readonly ArticleScore[]) {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const kinds = ['named', 'resolved', 'unnamed'] as const;
  const speakers = Object.fromEntries(kinds.map((kind) => [kind, {
    total: sum((score) => score.speakers[kind].total),
    correct: sum((score) => score.speakers[kind].correct),
  }])) as Record<(typeof kinds)[number], { total: number; correct: number }>;
  return {
    gold: sum((score) => score.gold), goldFound: sum((score) => score.goldFound),
    goldLong: sum((score) => score.goldLong), goldLongFound: sum((score) => score.goldLongFound),
    predicted: sum((score) => score.predicted), predictedCorrect: sum((score) => score.predictedCorrect),
    speakers,
    speakerTotal: kinds.reduce((total, kind) => total + speakers[kind].total, 0),
    speakerCorrect: kinds.reduce((total, kind) => total + speakers[kind].correct, 0),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Number((part / whole).toFixed(3));
}

function report(totals: Totals, articles: number): string {
  const { speakers } = totals;
  return [
    `Quotes on ${articles} articles (${totals.gold} gold direct quotes, ${totals.predicted} predicted)`,
    '',
    markdownTable(['metric', 'value', 'count'], [
      ['quote recall (all gold)', ratio(totals.goldFound, totals.gold), `${totals.goldFound}/${totals.gold}`],
      ['quote recall (gold > 3 words)', ratio(totals.goldLongFound, totals.goldLong), `${totals.goldLongFound}/${totals.goldLong}`],
      ['quote precision', ratio(totals.predictedCorrect, totals.predicted), `${totals.predictedCorrect}/${totals.predicted}`],
      ['speaker accuracy (matched)', ratio(totals.speakerCorrect, totals.speakerTotal), `${totals.speakerCorrect}/${totals.speakerTotal}`],
      ['  gold source is a name', ratio(speakers.named.correct, speakers.named.total), `${speakers.named.correct}/${speakers.named.total}`],
      ['  gold source resolved (pronoun, "the …")', ratio(speakers.resolved.correct, speakers.resolved.total), `${speakers.resolved.correct}/${speakers.resolved.total}`],
      ['  gold source unnamed (null expected)', ratio(speakers.unnamed.correct, speakers.unnamed.total), `${speakers.unnamed.correct}/${speakers.unnamed.total}`],
    ]),
    '',
    'Gold: attribution events whose Content holds “ ” or " (first annotator file per article); quoted words only.',
    'Match: predicted and gold character spans overlap by at least half of the shorter one.',
    'Speaker: last capitalised word of the gold head name equals the predicted name\'s last word. A pronoun or',
    '"the …" description stands for the nearest earlier named Source; other descriptions ("a source") expect null.',
  ].join('\n');
}

function printErrors(scores: readonly ArticleScore[]): void {
  for (const score of scores) {
    const lines = [
      ...score.misses.map((text) => `  MISS  ${text.slice(0, 120)}`),
      ...score.falseAlarms.map((text) => `  FALSE ${text.slice(0, 120)}`),
      ...score.wrongSpeakers.map((wrong) => `  SPKR  ${JSON.stringify(wrong)}`),
    ];
    if (lines.length) console.log(`\n## ${score.article}\n${lines.join('\n')}`);
  }
}

main();
