import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/core/index.js';
import { readPlainText } from '../../src/core/plain-text.js';

const ARTICLE = [
  'Support The Daily Ledger!',
  'Port Authority Approves Harbour Expansion',
  'The port authority approved a 300 million dollar expansion of the container harbour on Monday, its chairman said.',
  'The project will add four berths and is expected to create 1,200 jobs over the next five years, according to the authority.',
  '"This is the biggest investment in the port for a generation," said chairman Peter Walsh.',
  'Environmental groups said they would challenge the plan in court, citing the risk to wetlands north of the harbour.',
  'Construction is due to start in the spring.',
];

const APPEAL_TAIL = [
  'Sign up for our free weekly newsletter',
  'Get the best of the Ledger in your inbox every Friday. Never miss a story.',
  'A Message from The Daily Ledger:',
  'Dear readers,',
  'Independent local reporting costs money, and advertising no longer pays for it.',
  'Your support, no matter how small, makes a world of difference. Please support us monthly from just $2.',
  'Once',
  'Monthly',
  'Continue',
  'Not ready to support today?',
  'Remind me later.',
];

describe('plain text as an article', () => {
  it('leaves out the appeal lines at the head and the tail, and takes the headline as title', () => {
    const { title, blocks } = readPlainText([...ARTICLE, ...APPEAL_TAIL].join('\n'));
    expect(title).toBe('Port Authority Approves Harbour Expansion');
    expect(blocks.map((block) => block.text)).toEqual(ARTICLE.slice(1));
  });

  it('keeps the figures and quotes of the article and none from the appeal', () => {
    const analysis = analyzeText([...ARTICLE, ...APPEAL_TAIL].join('\n'));
    expect(analysis.text).not.toMatch(/Dear readers|newsletter|\$2/);
    expect(analysis.figures.some((figure) => figure.value === 2)).toBe(false);
    expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Peter Walsh']);
    expect(analysis.summary).not.toContain('Port Authority Approves Harbour Expansion');
  });

  it('keeps every paragraph of an article about donations and newsletters', () => {
    const story = [
      'Charities See Record Giving Season',
      'Charities across the country said donations rose by 12 percent this year, as more people chose to support us-based food banks and shelters.',
      'The Red Cross said its appeal to "make a donation today" raised more than in any year since 2005.',
      'Many newspapers also asked readers to support their journalism, and several said their newsletter sign-ups doubled.',
      'Economists said the rise reflected higher incomes among older donors.',
      '"People want to help, and they want to see where the money goes," said Maria Ortiz, who studies philanthropy at the state university.',
      'She said smaller charities still struggled to reach younger donors, who prefer to give monthly through apps.',
    ];
    const { blocks } = readPlainText(story.join('\n'));
    expect(blocks.map((block) => block.text)).toEqual(story);
  });

  it('does not take a sentence as the title', () => {
    expect(readPlainText('The council met on Tuesday.\nIt agreed a budget after a long debate that lasted late into the night.').title).toBeNull();
  });
});
