/** Scores one article's predicted quotes against its gold quotes. */
import type { Quote } from '../../../core/types.js';
import type { GoldQuote, GoldSpeakerKind } from './gold-quotes.js';
import { locatePredictions, matches, sameSpeaker, type Range } from './quote-matching.js';

export interface ArticleScore {
  article: string;
  gold: number;
  goldFound: number;
  /** Gold quotes with more than three quoted words (what Plainsight treats as a quote), and how many were found. */
  goldLong: number;
  goldLongFound: number;
  predicted: number;
  predictedCorrect: number;
  /** Speaker judgements on found gold quotes, by the kind of gold source. */
  speakers: Record<GoldSpeakerKind, { total: number; correct: number }>;
  misses: string[];
  falseAlarms: string[];
  wrongSpeakers: Array<{ quote: string; gold: string | null; source: string | null; predicted: string | null; context: string }>;
}

const SHORT_QUOTE_WORDS = 3;

export function scoreArticle(article: string, text: string, gold: readonly GoldQuote[], predicted: readonly Quote[]): ArticleScore {
  const ranges = locatePredictions(text, predicted.map((quote) => quote.text));
  const score: ArticleScore = {
    article, gold: gold.length, goldFound: 0, goldLong: 0, goldLongFound: 0, predicted: predicted.length, predictedCorrect: 0,
    speakers: { named: { total: 0, correct: 0 }, resolved: { total: 0, correct: 0 }, unnamed: { total: 0, correct: 0 }, none: { total: 0, correct: 0 } },
    misses: [], falseAlarms: [], wrongSpeakers: [],
  };
  predicted.forEach((quote, i) => {
    const range = ranges[i];
    if (range && gold.some((g) => matches(g, range))) score.predictedCorrect++;
    else score.falseAlarms.push(quote.text);
  });
  for (const g of gold) {
    const long = g.text.split(/\s+/).filter(Boolean).length > SHORT_QUOTE_WORDS;
    if (long) score.goldLong++;
    const best = bestMatch(g, ranges);
    if (best < 0) {
      score.misses.push(g.text);
      continue;
    }
    score.goldFound++;
    if (long) score.goldLongFound++;
    const speaker = (predicted[best] as Quote).speaker;
    const tally = score.speakers[g.speakerKind];
    if (g.speakerKind === 'none') continue;
    tally.total++;
    if (sameSpeaker(g.speaker, speaker)) tally.correct++;
    else score.wrongSpeakers.push({ quote: g.text.slice(0, 80), gold: g.speaker, source: g.sourceText, predicted: speaker, context: (predicted[best] as Quote).context });
  }
  return score;
}

function bestMatch(gold: GoldQuote, ranges: ReadonlyArray<Range | null>): number {
  let best = -1;
  let bestShared = 0;
  ranges.forEach((range, i) => {
    if (!range || !matches(gold, range)) return;
    const shared = gold.ranges.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, range[1]) - Math.max(a, range[0])), 0);
    if (shared > bestShared) {
      best = i;
      bestShared = shared;
    }
  });
  return best;
}
