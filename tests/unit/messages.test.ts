import { describe, expect, it } from 'vitest';
import { isMessage } from '../../src/shared/messages.js';

describe('isMessage', () => {
  it('accepts well-formed messages of every type', () => {
    expect(isMessage({ type: 'getPageState' })).toBe(true);
    expect(isMessage({ type: 'analyzeAgain' })).toBe(true);
    expect(isMessage({ type: 'setRevealed', revealed: true })).toBe(true);
    expect(isMessage({ type: 'scrollToText', text: '1.2 billion euros' })).toBe(true);
    expect(isMessage({ type: 'startPicker' })).toBe(true);
    expect(isMessage({ type: 'hiddenCountsChanged', counts: { donation: 1, newsletter: 0, subscription: 2 } })).toBe(true);
    expect(isMessage({ type: 'addSiteRule', selector: '.promo' })).toBe(true);
  });

  it('rejects unknown, malformed and oversized messages without throwing', () => {
    expect(isMessage(null)).toBe(false);
    expect(isMessage('getPageState')).toBe(false);
    expect(isMessage({ type: 'deleteEverything' })).toBe(false);
    expect(isMessage({ type: 'setRevealed', revealed: 'yes' })).toBe(false);
    expect(isMessage({ type: 'hiddenCountsChanged', counts: { donation: -1, newsletter: 0, subscription: 0 } })).toBe(false);
    expect(isMessage({ type: 'addSiteRule', selector: 'x'.repeat(501) })).toBe(false);
    expect(isMessage({ type: 'scrollToText' })).toBe(false);
  });
});
