import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/sentences.js';

const texts = (text: string, lang?: string | null) => splitSentences(text, lang).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('gives offsets that point back into the input', () => {
    const input = '  Mr. Smith paid $1.2 million.   He left.\n\nA new paragraph';
    const sentences = splitSentences(input, 'en');
    expect(sentences.map((s) => s.text)).toEqual(['Mr. Smith paid $1.2 million.', 'He left.', 'A new paragraph']);
    for (const sentence of sentences) expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('keeps titles, initials and dotted acronyms inside the sentence', () => {
    expect(texts('Sen. Warren met Gov. Newsom and Lt. Gen. Smith. Mrs. Jones and Dr. Who came too.', 'en')).toEqual([
      'Sen. Warren met Gov. Newsom and Lt. Gen. Smith.',
      'Mrs. Jones and Dr. Who came too.',
    ]);
    expect(texts('J. R. R. Tolkien wrote it. Donald J. Trump said no. Then he left.', 'en')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'Donald J. Trump said no.',
      'Then he left.',
    ]);
  });

  it('keeps middle initials, AP state names and dash datelines in place', () => {
    expect(texts('“Not a worthy representative.” ― Oscar P. Quintero said so, said Del. Stacey Plaskett.', 'en')).toEqual([
      '“Not a worthy representative.”',
      '― Oscar P. Quintero said so, said Del. Stacey Plaskett.',
    ]);
    expect(texts('He spoke in Selma, Ala. But his tone was calmer. FAIRVIEW, W.Va. - The coal was piled high.', 'en')).toEqual([
      'He spoke in Selma, Ala.',
      'But his tone was calmer.',
      'FAIRVIEW, W.Va. - The coal was piled high.',
    ]);
  });

  it('ends a sentence after an ambiguous abbreviation only when a new sentence clearly starts', () => {
    expect(texts('The U.S. Army sent 12,000 troops to the U.S. The talks ended.', 'en')).toEqual([
      'The U.S. Army sent 12,000 troops to the U.S.',
      'The talks ended.',
    ]);
    expect(texts('Apple Inc. said profits rose, e.g. in China, i.e. abroad, vs. Europe etc. It was a good year.', 'en')).toEqual([
      'Apple Inc. said profits rose, e.g. in China, i.e. abroad, vs. Europe etc.',
      'It was a good year.',
    ]);
    expect(texts('They met on Sept. 11 at 10 a.m. The meeting ran long. No. 10 Downing St. is here.', 'en')).toEqual([
      'They met on Sept. 11 at 10 a.m.',
      'The meeting ran long.',
      'No. 10 Downing St. is here.',
    ]);
  });

  it('never splits numbers, URLs or e-mail addresses', () => {
    expect(texts('Revenue hit 1.2 billion, up 3.5% on 12,000.50 last year. See https://example.com/a.b?x=1 or write to a.b@c.org. Done.')).toEqual([
      'Revenue hit 1.2 billion, up 3.5% on 12,000.50 last year.',
      'See https://example.com/a.b?x=1 or write to a.b@c.org.',
      'Done.',
    ]);
  });

  it('handles quotations: ends inside quotes, attributions after ?! in quotes', () => {
    expect(texts('"It is over," he said. "We are done." She nodded.', 'en')).toEqual([
      '"It is over," he said.',
      '"We are done."',
      'She nodded.',
    ]);
    expect(texts('“Why?” she asked. “We will win!” Smith said. Others disagreed.', 'en')).toEqual([
      '“Why?” she asked.',
      '“We will win!” Smith said.',
      'Others disagreed.',
    ]);
  });

  it('handles ellipses and list numbers', () => {
    expect(texts('He waited... and waited. Then… Nothing happened.', 'en')).toEqual(['He waited... and waited.', 'Then…', 'Nothing happened.']);
    expect(texts('1. Preheat the oven. 2. Mix the flour.', 'en')).toEqual(['1. Preheat the oven.', '2. Mix the flour.']);
    expect(texts('The rankings were as follows: 1. Denmark, 2. Norway. Then came Finland.', 'en')).toEqual([
      'The rankings were as follows: 1. Denmark, 2. Norway.',
      'Then came Finland.',
    ]);
    expect(texts('The rankings: 1. Finland 2. Norway 3. Australia. The U.S. came last.', 'en')).toEqual([
      'The rankings: 1. Finland 2. Norway 3. Australia.',
      'The U.S. came last.',
    ]);
  });

  it('knows the abbreviations of other languages', () => {
    expect(texts('Он сказал, т.е. подтвердил. В 2020 г. в Москве было холодно. Это было давно.', 'ru')).toEqual([
      'Он сказал, т.е. подтвердил.',
      'В 2020 г. в Москве было холодно.',
      'Это было давно.',
    ]);
    expect(texts('Das ist z.B. ein Test bzw. eine Probe. Am 3. Oktober feiern wir. Der Tag ist frei.', 'de-DE')).toEqual([
      'Das ist z.B. ein Test bzw. eine Probe.',
      'Am 3. Oktober feiern wir.',
      'Der Tag ist frei.',
    ]);
    expect(texts('M. Macron a parlé. Il est parti.', 'fr')).toEqual(['M. Macron a parlé.', 'Il est parti.']);
    expect(texts('La Sra. García llegó. Luego se fue.', 'es')).toEqual(['La Sra. García llegó.', 'Luego se fue.']);
    expect(texts('Il Dott. Rossi è arrivato. Poi è partito.', 'it')).toEqual(['Il Dott. Rossi è arrivato.', 'Poi è partito.']);
  });

  it('splits a long text with no paragraph breaks, and full-width punctuation', () => {
    const run = Array.from({ length: 200 }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ');
    expect(splitSentences(run, 'en')).toHaveLength(200);
    expect(texts('今日は晴れです。明日は雨です。')).toEqual(['今日は晴れです。', '明日は雨です。']);
  });

  it('returns nothing for blank text and keeps an unterminated tail', () => {
    expect(splitSentences('   \n\n ')).toEqual([]);
    expect(texts('First. Second without a stop')).toEqual(['First.', 'Second without a stop']);
  });
});
