import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written excerpts: a long passage of another paper's story, quoted paragraph by paragraph. */
describe('the people of a quoted excerpt that quotes others', () => {
  const excerpt = [
    'The Herald profiled a nurse in its Sunday edition. Its reporter Dana Whitfield writes:',
    '"The first time she saw the clinic, she was new to the town, and nobody there knew her name.',
    '"Rosa Delgado thought the whole plan was a mistake. She said so at the meeting, calling it “a waste of a good building.”',
    '“Nobody asked the people who actually work here,” she said later that week.',
  ];

  it('are who a later "she said" refers to, not the excerpt’s author', () => {
    expect(quotes('en', ...excerpt).at(-1)).toEqual(['Nobody asked the people who actually work here', 'Rosa Delgado']);
  });

  it('stay hidden when the long quote quotes no one (its names are the speaker’s words)', () => {
    const plain = [
      'Dana Whitfield spoke at the hearing on Monday.',
      '"The first time I saw the clinic, I was new to the town, and nobody there knew my name.',
      '"Rosa Delgado thought the whole plan was a mistake, and she said so at the meeting.',
      '“Nobody asked the people who actually work here,” she said later that week.',
    ];
    expect(quotes('en', ...plain).at(-1)).toEqual(['Nobody asked the people who actually work here', 'Dana Whitfield']);
  });
});
