import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** A document brought in under one noun and quoted under another still speaks for its issuer. */
describe('document nouns of the same kind', () => {
  it('reads "the clip" as the "video" the paragraph before named', () => {
    expect(quotes('en',
      'A web video by the Harbor Party Committee lists three votes cast by Olin Marsh.',
      'The clip says Marsh “sided with the developers every single time.”',
    )).toEqual([['sided with the developers every single time.', 'Harbor Party Committee']]);
  });

  it('reads "the book" as the memoir its author wrote', () => {
    expect(quotes('en',
      'Tessa Quill wrote a memoir about her years at the clinic.',
      '“Nobody on the staff knew how ill he was,” the book said.',
    )).toEqual([['Nobody on the staff knew how ill he was', 'Tessa Quill']]);
  });

  it('keeps kinds apart: "the report" does not take the issuer of an earlier video', () => {
    expect(quotes('en',
      'A web video by the Harbor Party Committee lists three votes cast by Olin Marsh.',
      '“Turnout fell in every district,” the report said.',
    )).not.toContainEqual(['Turnout fell in every district', 'Harbor Party Committee']);
  });
});
