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
