import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written transcript passages: "DUNN: …" names who speaks in that paragraph. */
describe('a transcript label speaks for the unframed quote in its paragraph', () => {
  it('gives the quote to the person the label names, in full', () => {
    expect(quotes('en',
      'Host Chris Waller spoke with Governor Mike Dunn on Sunday.',
      'DUNN: Well, look, my answer is the one I gave in Ohio: “We will win the whole state this time.”',
    )).toEqual([['We will win the whole state this time.', 'Mike Dunn']]);
    expect(quotes('ru',
      'Ведущий Павел Орлов беседовал с министром. Сергей Лавров ответил на вопросы.',
      'ЛАВРОВ: Я скажу так, как говорил и раньше: «Мы не позволим диктовать нам условия».',
    )).toEqual([['Мы не позволим диктовать нам условия', 'Сергей Лавров']]);
  });

  it('ignores a label that names no one in the article ("UPDATE:")', () => {
    expect(quotes('en',
      'Host Chris Waller spoke with Governor Mike Dunn on Sunday.',
      'UPDATE: The campaign later sent a note: “We will win the whole state this time.”',
    )).toEqual([['We will win the whole state this time.', null]]);
  });
});

/** A whole interview in straight quotes, one turn a paragraph, each re-opened with a label. */
describe('a quoted transcript splits into its speakers’ turns', () => {
  const interview = [
    'Governor Ana Ruiz spoke with the radio host Tom Baxter on Sunday. Partial transcript as follows:',
    '"BAXTER: Will you run for a second term when this one ends next year?',
    '"RUIZ: I have not decided yet, and the voters of this state will hear it from me first.',
    '"(CROSSTALK.)',
    '"BAXTER: So that is a maybe, Governor, as the papers keep saying?',
    '"RUIZ: That is a “not yet” and nothing more than that, I promise you.',
  ];

  it('gives each turn, label removed, to the person the label names', () => {
    expect(quotes('en', ...interview)).toEqual([
      ['Will you run for a second term when this one ends next year?', 'Tom Baxter'],
      ['I have not decided yet, and the voters of this state will hear it from me first.', 'Ana Ruiz'],
      ['So that is a maybe, Governor, as the papers keep saying?', 'Tom Baxter'],
      ['That is a “not yet” and nothing more than that, I promise you.', 'Ana Ruiz'],
    ]);
  });

  it('keeps the label as the speaker when the article never names the person in full', () => {
    const unnamed = ['Part of the call, as released by the station:', ...interview.slice(1)];
    expect(quotes('en', ...unnamed).map(([, speaker]) => speaker)).toEqual(['Baxter', 'Ruiz', 'Baxter', 'Ruiz']);
  });

  it('runs a turn on over re-opened paragraphs that carry no label', () => {
    const longer = [...interview.slice(0, 3), '"And when I do decide, it will not be on a radio show.', ...interview.slice(3)];
    expect(quotes('en', ...longer)[1]).toEqual([
      'I have not decided yet, and the voters of this state will hear it from me first. And when I do decide, it will not be on a radio show.', 'Ana Ruiz',
    ]);
  });

  it('does not read one stray capitalised label as a transcript', () => {
    expect(quotes('en',
      'The station ran a short note on Sunday.',
      '"UPDATE: The station said the interview with the governor will air again next week.',
    )).toEqual([['UPDATE: The station said the interview with the governor will air again next week.', null]]);
  });
});
