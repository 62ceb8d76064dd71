import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../src/core/index.js';
import { extractFigures } from '../../src/core/figures/extract-figures.js';
import type { ArticleBlock } from '../../src/core/article-blocks.js';
import { loadFixture } from './helpers/load-fixture.js';

const paragraphs = (...texts: string[]): ArticleBlock[] => texts.map((text) => ({ kind: 'paragraph', text }));

/** The seed article's own paragraphs, without the donation appeal (removed by another stage). */
const SEED_PARAGRAPHS = paragraphs(
  'Russia is interested in buying only military technology from abroad, not ready-made weapons, a senior defense industry official said Tuesday.',
  'Russia, a major weapons exporter, started buying foreign weapons during the tenure of former Defense Minister Anatoly Serdyukov in 2007-2012.',
  'The country bought police weapons from Europe and drones from Israel. In 2011, Russia also signed a deal to buy two French-made Mistral-class amphibious assault ships that can carry up to 16 helicopters and 450 troops.',
  'Under the contact, worth an estimated 1.2 billion euros, the country also had an option to build another two Mistral ships locally. But Russian officials said in 2012 that the option would not be executed.',
);

describe('extractFigures on the seed article', () => {
  it('finds the contract value, the helicopters and the troops on the page', () => {
    const figures = analyzePage(loadFixture('moscow-times-article.html', 'https://www.themoscowtimes.com/2013/03/12/a22259')).figures;
    expect(figures).toContainEqual(expect.objectContaining({ text: '1.2 billion euros', value: 1.2e9, unit: 'EUR' }));
    expect(figures).toContainEqual(expect.objectContaining({ text: '16 helicopters', value: 16, unit: 'helicopters' }));
    expect(figures).toContainEqual(expect.objectContaining({ text: '450 troops', value: 450, unit: 'troops' }));
  });

  it('ranks the money first and says what each figure is about', () => {
    const figures = extractFigures(SEED_PARAGRAPHS, { lang: 'en' });
    expect(figures[0]).toEqual({ text: '1.2 billion euros', value: 1.2e9, unit: 'EUR', context: 'the contact' });
    expect(figures.find((figure) => figure.unit === 'helicopters')?.context).toBe('ships that can carry');
    expect(figures.find((figure) => figure.unit === 'troops')?.context).toBe('ships that can carry');
    expect(figures.find((figure) => figure.text === '2007-2012')?.context).toBe('former Defense Minister Anatoly Serdyukov');
    expect(figures.map((figure) => figure.text)).not.toContain('$2');
  });

  it('reports a repeated value once', () => {
    const ships = extractFigures(SEED_PARAGRAPHS, { lang: 'en' }).filter((figure) => figure.unit === 'ships');
    expect(ships).toHaveLength(1);
  });
});

describe('extractFigures ranking and furniture', () => {
  it('puts figures named in the summary first', () => {
    const blocks = paragraphs(
      'The city council met on Monday to discuss the budget for next year.',
      'It approved 40 new buses and a 3 percent rise in fares for commuters.',
    );
    const plain = extractFigures(blocks, { lang: 'en' }).map((figure) => figure.text);
    const withSummary = extractFigures(blocks, { lang: 'en', summary: ['Fares will rise by 3 percent.'] }).map((figure) => figure.text);
    expect(plain).toEqual(['3 percent', '40 new buses']);
    expect(withSummary[0]).toBe('3 percent');
  });

  it('ignores short furniture blocks and headings', () => {
    const blocks: ArticleBlock[] = [
      { kind: 'paragraph', text: '12 comments' },
      { kind: 'heading', text: '5 things to know about 300 km of roads' },
      { kind: 'paragraph', text: 'The ministry will repair 300 km of roads this summer across the region.' },
    ];
    expect(extractFigures(blocks, { lang: 'en' }).map((figure) => figure.text)).toEqual(['300 km']);
  });

  it('keeps at most the given number of figures', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Region ${i} received ${i + 2}0 trucks and ${i + 1} percent more aid.`).join(' ');
    expect(extractFigures(paragraphs(text), { lang: 'en' })).toHaveLength(8);
    expect(extractFigures(paragraphs(text), { lang: 'en', limit: 3 })).toHaveLength(3);
  });
});

describe('figures and quotes in plain text without a language tag', () => {
  it('guesses the language, so German number formats and speech verbs are read as German', () => {
    const analysis = analyzeText([
      'Die Stadt hat im vergangenen Jahr 1.200 Euro für jeden Einwohner ausgegeben, sagte die Verwaltung am Montag.',
      'Bürgermeisterin Anna Schmidt sprach von einem schwierigen Jahr für die ganze Stadt und ihre Bürger.',
      '„Wir müssen in den kommenden Jahren deutlich mehr sparen als bisher“, sagte Schmidt.',
    ].join('\n'));
    expect(analysis.figures).toContainEqual(expect.objectContaining({ text: '1.200 Euro', value: 1200, unit: 'EUR' }));
    expect(analysis.quotes).toEqual([expect.objectContaining({ text: 'Wir müssen in den kommenden Jahren deutlich mehr sparen als bisher', speaker: 'Anna Schmidt' })]);
  });
});

describe('figure context', () => {
  it('says what the figure is about without repeating it', () => {
    const [deficit, debt] = extractFigures(paragraphs('In 2015 the federal budget deficit was $438 billion, while our total federal debt is nearing $20 trillion.'), { lang: 'en' })
      .sort((a, b) => a.value - b.value);
    expect(deficit?.context).toBe('the federal budget deficit');
    expect(debt?.context).toBe('our total federal debt is nearing');
  });

  it('reads a thousands comma as part of the number, not as the end of a clause', () => {
    const figures = extractFigures(paragraphs('The city maintains 6,000 miles of streets and 19,000 lane miles, and it filled 255,904 potholes last year.'), { lang: 'en' });
    const lanes = figures.find((figure) => figure.value === 19000);
    expect(lanes?.context).not.toMatch(/\b000\b|19 000/);
    expect(lanes?.context).toContain('city maintains');
  });

  it('gives no context rather than the figure again', () => {
    expect(extractFigures(paragraphs('The 12 whales, 40 dolphins and 3 seals.'), { lang: 'en' }).length).toBeGreaterThan(0);
    for (const figure of extractFigures(paragraphs('The 12 whales, 40 dolphins and 3 seals.'), { lang: 'en' })) {
      expect(figure.context.includes(figure.text)).toBe(false);
    }
  });
});
