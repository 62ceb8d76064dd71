import { describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../src/core/index.js';
import { startHiding, KIND_ATTRIBUTE, STYLE_ATTRIBUTE, UNLOCK_ATTRIBUTE, type HidingState } from '../../src/content/hiding/index.js';
import { loadFixture } from './helpers/load-fixture.js';

function start(name: string, extra: Partial<Parameters<typeof startHiding>[1]> = {}) {
  const document = loadFixture(name);
  const original = document.documentElement.outerHTML;
  const { appeals, detectAppeals } = analyzeDocument(document);
  const states: HidingState[] = [];
  const controller = startHiding(document, { appeals, detect: detectAppeals, onChange: (state) => states.push(state), ...extra });
  return { document, original, controller, states };
}

function styleSheets(document: Document): HTMLStyleElement[] {
  return Array.from(document.querySelectorAll(`style[${STYLE_ATTRIBUTE}]`));
}

describe('startHiding', () => {
  it('marks each appeal with its kind and hides the marks with one stylesheet', () => {
    const { document, controller } = start('moscow-times-article.html');
    expect(document.querySelector('.article__block--newsletter')!.getAttribute(KIND_ATTRIBUTE)).toBe('newsletter');
    expect(document.querySelector('.contribute-banner')!.getAttribute(KIND_ATTRIBUTE)).toBe('donation');
    const sheets = styleSheets(document);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.textContent).toContain(`[${KIND_ATTRIBUTE}="donation"]{display:none!important}`);
    expect(controller.state.counts).toEqual({ donation: 2, newsletter: 1, subscription: 0 });
    // Article paragraphs carry no mark and sit in no marked block.
    for (const paragraph of Array.from(document.querySelectorAll('.article__block--text p'))) {
      expect(paragraph.closest(`[${KIND_ATTRIBUTE}]`)).toBeNull();
    }
    controller.stop();
  });

  it('hides a block the page injects later, in an idle batch', async () => {
    const { document, controller, states } = start('moscow-times-article.html');
    const late = document.createElement('div');
    late.className = 'newsletter-popup';
    late.innerHTML = '<h3>Never miss a story</h3><p>Get our daily newsletter delivered to your inbox.</p>'
      + '<form action="/newsletters/subscribe"><input type="email" name="email"><button type="submit">Sign up</button></form>';
    document.body.appendChild(late);
    await controller.settled();
    expect(late.getAttribute(KIND_ATTRIBUTE)).toBe('newsletter');
    expect(controller.state.counts.newsletter).toBe(2);
    expect(states.at(-1)!.blocks.map((block) => block.kind)).toEqual(['donation', 'newsletter', 'donation', 'newsletter']);
    controller.stop();
  });

  it('leaves injected article paragraphs, scripts and styles alone', async () => {
    const { document, controller } = start('moscow-times-article.html');
    const paragraph = document.createElement('p');
    paragraph.textContent = 'A late paragraph says readers can subscribe to the ministry bulletin by e-mail.';
    document.querySelector('.article__content')!.appendChild(paragraph);
    document.head.appendChild(document.createElement('style'));
    await controller.settled();
    expect(document.querySelectorAll(`[${KIND_ATTRIBUTE}]`)).toHaveLength(3);
    controller.stop();
  });

  it('reveal() shows every block at once and conceal() hides them again', () => {
    const { document, controller } = start('moscow-times-article.html');
    const sheet = styleSheets(document)[0]!;
    controller.reveal();
    expect(sheet.getAttribute('media')).toBe('not all');
    expect(controller.state.revealed).toBe(true);
    expect(document.querySelector('.contribute-banner')!.getAttribute(KIND_ATTRIBUTE)).toBe('donation');
    controller.conceal();
    expect(sheet.hasAttribute('media')).toBe(false);
    expect(controller.state.revealed).toBe(false);
    controller.stop();
  });

  it('stop() leaves the page exactly as it was', async () => {
    const { document, original, controller } = start('moscow-times-article.html');
    expect(document.documentElement.outerHTML).not.toBe(original);
    controller.stop();
    await controller.settled();
    expect(document.documentElement.outerHTML).toBe(original);
  });

  it('an aborted signal stops it, and an already aborted one never starts', () => {
    const abort = new AbortController();
    const { document, original } = start('moscow-times-article.html', { signal: abort.signal });
    abort.abort();
    expect(document.documentElement.outerHTML).toBe(original);
    const again = start('moscow-times-article.html', { signal: AbortSignal.abort() });
    expect(again.document.documentElement.outerHTML).toBe(again.original);
  });

  it('puts the stylesheet back when the page removes it, and re-marks stripped blocks', async () => {
    const { document, controller } = start('moscow-times-article.html');
    styleSheets(document)[0]!.remove();
    document.querySelector('.contribute-banner')!.removeAttribute(KIND_ATTRIBUTE);
    await controller.settled();
    expect(styleSheets(document)).toHaveLength(1);
    expect(document.querySelector('.contribute-banner')!.getAttribute(KIND_ATTRIBUTE)).toBe('donation');
    controller.stop();
  });

  it('restores page scrolling when it hides a scroll-locking modal, and undoes it on stop', () => {
    const { document, original, controller } = start('modal-scroll-lock.html');
    expect(document.querySelector('.offer-modal')!.getAttribute(KIND_ATTRIBUTE)).toBe('subscription');
    expect(document.documentElement.hasAttribute(UNLOCK_ATTRIBUTE)).toBe(true);
    expect(styleSheets(document)[0]!.textContent).toContain(`html[${UNLOCK_ATTRIBUTE}]>body{overflow:auto!important}`);
    controller.stop();
    expect(document.documentElement.outerHTML).toBe(original);
  });

  it('hides only the enabled kinds, and adds valid user selectors', () => {
    const { document, controller } = start('moscow-times-article.html', { kinds: ['donation'], extraSelectors: ['.ad-slot', 'div[[broken'] });
    const css = styleSheets(document)[0]!.textContent!;
    expect(css).toContain('"donation"');
    expect(css).not.toContain('"newsletter"');
    expect(css).toContain('.ad-slot{display:none!important}');
    expect(css).not.toContain('broken');
    expect(controller.state.counts).toEqual({ donation: 2, newsletter: 0, subscription: 0 });
    controller.setKinds(['donation', 'newsletter']);
    expect(controller.state.counts.newsletter).toBe(1);
    controller.stop();
  });

  it('never throws into the page when a callback or the detector fails', async () => {
    const document = loadFixture('moscow-times-article.html');
    const { appeals } = analyzeDocument(document);
    const onChange = vi.fn(() => {
      throw new Error('listener bug');
    });
    const controller = startHiding(document, { appeals, detect: () => { throw new Error('detector bug'); }, onChange });
    document.body.appendChild(document.createElement('div'));
    await controller.settled();
    expect(onChange).toHaveBeenCalled();
    expect(() => controller.stop()).not.toThrow();
  });
});
