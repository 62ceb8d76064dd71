import { describe, expect, it } from 'vitest';
import { detectAppeals } from '../../src/core/appeals/index.js';
import { analyseFixture, expectArticleKept } from './helpers/appeal-fixture.js';
import { parseHtml } from './helpers/load-fixture.js';

describe('things that look like appeals but are not', () => {
  it('an article ABOUT newsletters, a nav "Subscribe" link, search and login forms, a "Read more" list', () => {
    const fixture = analyseFixture('negative-article-about-newsletters.html');
    expect(fixture.result.analysis.hidden).toEqual([]);
    expectArticleKept(fixture, '.story-body p');
    expect(fixture.result.analysis.text).toContain('Sign up for our newsletter: few sentences appear more often');
  });

  it('an article quoting donation figures, a menu "Donate" link and a comment form', () => {
    const fixture = analyseFixture('negative-donation-figures.html');
    expect(fixture.result.analysis.hidden).toEqual([]);
    expectArticleKept(fixture, '.article-body p');
    expect(fixture.result.analysis.text).toContain('most giving between $2 and $10');
  });

  it('plain article pages with appeals keep the nav and the related list visible', () => {
    for (const file of ['guardian-contribution-epic.html', 'moscow-times-article.html']) {
      const fixture = analyseFixture(file);
      for (const element of Array.from(fixture.document.querySelectorAll('nav, .onward, .related'))) {
        expect(fixture.result.appeals.some((appeal) => appeal.element.contains(element) || element.contains(appeal.element))).toBe(false);
      }
    }
  });
});

describe('the detector reads what a reader sees', () => {
  it('does not read the text of scripts: appeal wording in a script is no appeal', () => {
    const document = parseHtml(`<main><div class="box"><p>Read our latest coverage of the city council.
      <script>var copy = "Support us monthly. Become a member. Make a donation today.";</script></p><a href="/donate">Give</a></div></main>`);
    expect(detectAppeals(document.body)).toEqual([]);
  });

  it('reads a line break as a space between words', () => {
    const document = parseHtml(`<main><div class="box"><p>Support us<br>monthly. Make a<br>donation.</p><a href="/donate">Go</a></div></main>`);
    expect(detectAppeals(document.body).map((appeal) => appeal.block.reasons)).toEqual([
      expect.arrayContaining(['phrase "support us monthly"', 'phrase "make a donation"']),
    ]);
  });
});

describe('the core never touches the page', () => {
  it('leaves every fixture byte-identical after detection', async () => {
    const { readdirSync } = await import('node:fs');
    const { fixturePath, loadFixture } = await import('./helpers/load-fixture.js');
    const { analyzeDocument } = await import('../../src/core/index.js');
    for (const name of readdirSync(fixturePath(''))) {
      const document = loadFixture(name);
      const before = document.documentElement.outerHTML;
      analyzeDocument(document);
      expect(document.documentElement.outerHTML, name).toBe(before);
    }
  });
});
