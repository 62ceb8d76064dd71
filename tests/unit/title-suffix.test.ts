import { describe, expect, it } from 'vitest';
import { withoutNameSuffix } from '../../src/core/title-suffix.js';

describe('withoutNameSuffix', () => {
  it('drops the author or the site after a separator', () => {
    expect(withoutNameSuffix("'What is the sea telling us?': tribes fearful over strandings | Dana Whitfield", ['Dana Whitfield', 'the Guardian']))
      .toBe("'What is the sea telling us?': tribes fearful over strandings");
    expect(withoutNameSuffix('City council approves new tram line - The Riverside Courier', [null, 'The Riverside Courier']))
      .toBe('City council approves new tram line');
    expect(withoutNameSuffix('Tram line approved | Local news | Riverside Courier', ['Riverside Courier'])).toBe('Tram line approved | Local news');
    expect(withoutNameSuffix('Tram line approved — Dana Whitfield | Riverside Courier', ['By Dana Whitfield', 'Riverside Courier'])).toBe('Tram line approved');
  });

  it('keeps a headline whose dash is its own', () => {
    expect(withoutNameSuffix('Brexit - what happens now?', ['Riverside Courier'])).toBe('Brexit - what happens now?');
    expect(withoutNameSuffix('Tram line approved', ['Riverside Courier'])).toBe('Tram line approved');
    expect(withoutNameSuffix('Courier | Riverside Courier', ['Riverside Courier'])).toBe('Courier | Riverside Courier');
  });

  it('changes nothing when the page names no author or site', () => {
    expect(withoutNameSuffix('Tram line approved | Riverside Courier', [null, null])).toBe('Tram line approved | Riverside Courier');
  });
});
