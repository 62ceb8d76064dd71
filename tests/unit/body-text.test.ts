import { describe, expect, it } from 'vitest';
import { analyzePage, analyzeText } from '../../src/core/index.js';
import { isFurnitureBlock } from '../../src/core/body-blocks.js';
import { loadFixture } from './helpers/load-fixture.js';

describe('article body text', () => {
  const analysis = analyzePage(loadFixture('captions-and-credits.html', 'https://courier.example/news/tram-line'));

  it('keeps every paragraph of the story, in order', () => {
    const paragraphs = [
      'The city council voted 9 to 4 on Tuesday night',
      'Construction is due to start next spring',
      'Supporters say the line will take thousands of cars',
      '"This is the most important decision this council will take in a generation,"',
      'The first trams are expected to run in 2029',
    ];
    const positions = paragraphs.map((paragraph) => analysis.text.indexOf(paragraph));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('leaves out captions, photo credits, ad labels and "Read more" lines', () => {
    expect(analysis.text).not.toContain('A test tram leaves the depot');
    expect(analysis.text).not.toContain('Photo: Lee Park');
    expect(analysis.text).not.toContain('The planned route runs along');
    expect(analysis.text).not.toMatch(/^Advertisement$/m);
    expect(analysis.text).not.toContain('Read more: Harbour road closures');
  });

  it('counts, summarises and quotes the body only', () => {
    const figures = analysis.figures.map((figure) => figure.text);
    expect(figures).toContain('480 million euros');
    expect(figures.join(' ')).not.toMatch(/75|300/);
    // The body is 5 paragraphs of about 130 words; with captions, credits and link lines it would be about 180.
    expect(analysis.wordCount).toBeGreaterThan(120);
    expect(analysis.wordCount).toBeLessThan(150);
    expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Ruth Adeyemi']);
    expect(analysis.summary.join(' ')).not.toContain('test tram leaves the depot');
  });
});

describe('isFurnitureBlock', () => {
  const paragraph = (text: string) => ({ kind: 'paragraph' as const, text });

  it('knows ad labels and reading aids in several languages', () => {
    for (const text of ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement', 'Anzeige', 'Publicité', 'Реклама']) {
      expect(isFurnitureBlock(paragraph(text)), text).toBe(true);
    }
  });

  it('knows credit and link lines', () => {
    for (const text of ['Photo: Lee Park/Riverside Courier', '(Photo by Sam Ortiz/Getty Images)', 'Foto: dpa', 'Read more: Harbour road closures to begin', 'Lire aussi : Le tramway arrive']) {
      expect(isFurnitureBlock(paragraph(text)), text).toBe(true);
    }
  });

  it('keeps prose that merely mentions photos, ads or reading', () => {
    for (const text of [
      'Advertisement revenue fell by a third last year, the company said.',
      'Photographs taken by the drone show the damage to the roof of the station in detail, and the insurer has asked for more of them before it pays.',
      'Readers can find the full report on the council website.',
      'The newsletter was launched in 2019 and now has 40,000 readers.',
    ]) {
      expect(isFurnitureBlock(paragraph(text)), text).toBe(false);
    }
  });

  it('drops captions whatever their wording', () => {
    expect(isFurnitureBlock({ kind: 'caption', text: 'The mayor speaks to reporters on Tuesday.' })).toBe(true);
  });

  it('applies to plain text too: an ad label line is not a paragraph', () => {
    const text = analyzeText('Tram line approved\nThe council approved the tram line on Tuesday after a long debate.\nAdvertisement\nWork starts next spring.').text;
    expect(text).not.toContain('Advertisement');
    expect(text).toContain('Work starts next spring.');
  });
});
