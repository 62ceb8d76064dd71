import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/core/article-blocks.js';
import { analyzePage } from '../../src/core/index.js';
import { summarize } from '../../src/core/summary/index.js';
import { loadFixture } from './helpers/load-fixture.js';

const p = (text: string): ArticleBlock => ({ kind: 'paragraph', text });

const TITLE = 'City council approves new river bridge after decade of delays';

/** A hand-written news story with the furniture real pages carry around the text. */
const ARTICLE: ArticleBlock[] = [
  { kind: 'heading', text: TITLE },
  p('By Jane Smith · March 12, 2024'),
  p('LYON (Reuters) — The city council approved a new bridge over the Rhône on Tuesday, ending a decade of delays over its cost and design.'),
  p('The 420-metre crossing will cost 180 million euros and is due to open in 2028, council officials said.'),
  { kind: 'caption', text: 'An artist’s impression of the new bridge over the Rhône. Photo: City of Lyon' },
  p('Construction of the bridge is expected to begin next spring, once the final permits are signed by the regional prefect.'),
  p('“We have waited long enough,” said Marie Duval, who runs a bakery near the old crossing.'),
  { kind: 'heading', text: 'A long road to approval' },
  p('The project was first proposed in 2014 but stalled twice, after cost estimates doubled and a court annulled the first tender.'),
  p('Read more: How Lyon plans to cut car traffic by 2030'),
  p('Opponents argued that the money would be better spent on the existing tram network, which carries more than 300,000 passengers a day.'),
  p('The council vote was 41 to 18, with the Greens split on the project.'),
  p('Traffic engineers expect the bridge to remove about 12,000 cars a day from the congested Pont Wilson.'),
  p('Related: Paris opens its first car-free bridge'),
];

describe('summarize', () => {
  const summary = summarize(ARTICLE, { title: TITLE, lang: 'en', length: 'medium' });

  it('picks lead content, with the dateline removed', () => {
    expect(summary[0]).toBe(
      'The city council approved a new bridge over the Rhône on Tuesday, ending a decade of delays over its cost and design.',
    );
    expect(summary.length).toBeGreaterThanOrEqual(3);
  });

  it('never shows the title, headings, captions, bylines, credits or link lines', () => {
    const joined = summary.join(' ');
    expect(summary).not.toContain(TITLE);
    for (const furniture of ['A long road to approval', 'artist’s impression', 'Photo:', 'Jane Smith', 'Read more', 'Related:', 'LYON', 'Reuters']) {
      expect(joined).not.toContain(furniture);
    }
  });

  it('returns sentences of the article, in document order', () => {
    const sentences = ARTICLE.flatMap((block) => block.text);
    const positions = summary.map((sentence) => sentences.findIndex((text) => text.includes(sentence)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('honours the length setting', () => {
    expect(summarize(ARTICLE, { title: TITLE, lang: 'en', length: 'short' })).toHaveLength(3);
    expect(summarize(ARTICLE, { title: TITLE, lang: 'en', length: 'long' })).toHaveLength(5);
    const medium = summarize(ARTICLE, { title: TITLE, lang: 'en' });
    expect(medium.length).toBeGreaterThanOrEqual(3);
    expect(medium.length).toBeLessThanOrEqual(4);
    expect(medium).toEqual(summary);
  });

  it('prefers the reporter’s account to quotes', () => {
    expect(summarize(ARTICLE, { title: TITLE, lang: 'en', length: 'short' }).join(' ')).not.toContain('We have waited');
  });

  it('prefers sentences that share the title’s words', () => {
    const blocks = [
      p('Residents of the northern district woke up on Saturday to find their streets covered in snow.'),
      p('Schools in the area will stay closed on Monday, the education office said.'),
      p('Several bus routes were suspended and the main road to the airport was closed for three hours.'),
      p('Meteorologists had warned of heavy snowfall earlier in the week.'),
      p('The city will spend 2 million euros on new snow ploughs next year, the mayor announced.'),
      p('Shops reported brisk sales of shovels and salt.'),
    ];
    const ploughs = 'The city will spend 2 million euros on new snow ploughs next year, the mayor announced.';
    expect(summarize(blocks, { title: null, lang: 'en', length: 'short' })).not.toContain(ploughs);
    expect(summarize(blocks, { title: 'Mayor announces 2 million euros for new snow ploughs', lang: 'en', length: 'short' })).toContain(ploughs);
  });

  it('chooses only one of two near-identical sentences', () => {
    const blocks = [
      p('The central bank raised its main interest rate to 4.5 percent on Thursday, the highest level since 2008.'),
      p('On Thursday the central bank raised its main interest rate to 4.5 percent, the highest level since 2008.'),
      p('Economists had expected a smaller increase after inflation slowed for a second month.'),
      p('The bank said further increases could not be ruled out if wage growth stayed strong.'),
      p('Mortgage lenders are expected to pass the higher rate on to borrowers within weeks.'),
      p('The government welcomed the decision, saying it would help bring prices under control.'),
    ];
    const chosen = summarize(blocks, { title: null, lang: 'en', length: 'short' });
    expect(chosen).toHaveLength(3);
    expect(chosen.filter((sentence) => sentence.includes('raised its main interest rate'))).toHaveLength(1);
  });

  it('returns every sentence of a short article', () => {
    const blocks = [p('The museum reopened on Monday after a two-year renovation.'), p('Visitors queued for hours to see the restored ceiling frescoes.')];
    expect(summarize(blocks, { title: 'Museum reopens', lang: 'en' })).toEqual([
      'The museum reopened on Monday after a two-year renovation.',
      'Visitors queued for hours to see the restored ceiling frescoes.',
    ]);
    expect(summarize([{ kind: 'heading', text: 'Only a heading here' }], { title: null, lang: 'en' })).toEqual([]);
  });

  it('works on Russian text, keeping abbreviations inside sentences', () => {
    const blocks = [
      p('МОСКВА, 5 марта. /ТАСС/. Правительство одобрило строительство нового моста через Москву-реку, сообщил в среду мэр города.'),
      p('Стоимость проекта оценивается в 12 млрд руб., т.е. почти вдвое больше, чем планировалось в 2019 г. Работы начнутся весной.'),
      p('По словам чиновников, мост длиной 420 метров откроется в 2028 году и разгрузит соседние улицы.'),
      p('Жители района давно жаловались на пробки у старого моста.'),
      p('Противники проекта считают, что деньги лучше потратить на метро.'),
    ];
    const chosen = summarize(blocks, { title: 'Власти одобрили новый мост', lang: 'ru', length: 'short' });
    expect(chosen).toHaveLength(3);
    expect(chosen[0]).toBe('Правительство одобрило строительство нового моста через Москву-реку, сообщил в среду мэр города.');
    expect(chosen.join(' ')).not.toMatch(/ТАСС|^руб\./);
    for (const sentence of chosen) expect(sentence).toMatch(/[.!?]$/);
  });

  it('reads Chinese sentences, which have no spaces between words, as sentences of normal length', () => {
    const blocks = [
      p('国际空间站的宇航员周四完成了一次长达七小时的太空行走。'),
      p('他们更换了空间站外部的一块旧电池，并安装了新的摄像设备。'),
      p('美国宇航局表示，这次任务比原计划提前了一个小时结束。'),
    ];
    expect(summarize(blocks, { title: null, lang: 'zh', length: 'short' })).toEqual(blocks.map((block) => block.text));
  });

  it('works on German text, guessing the language when none is given', () => {
    const blocks = [
      p('BERLIN (dpa) – Der Bundestag hat am Donnerstag ein neues Gesetz zum Schutz von Mietern beschlossen.'),
      p('Die Mieten dürfen demnach in Großstädten bzw. Ballungsräumen künftig nur noch um 10 Prozent in drei Jahren steigen.'),
      p('Die Opposition kritisierte das Gesetz als zu schwach, z.B. fehlten Regeln für möblierte Wohnungen.'),
      p('Das Gesetz soll am 1. Januar in Kraft treten.'),
      p('Der Mieterbund begrüßte die Entscheidung grundsätzlich.'),
    ];
    const chosen = summarize(blocks, { title: null, lang: null, length: 'short' });
    expect(chosen).toHaveLength(3);
    expect(chosen[0]).toBe('Der Bundestag hat am Donnerstag ein neues Gesetz zum Schutz von Mietern beschlossen.');
    // Abbreviations and ordinals stay inside their sentences: every pick is a whole sentence of the input.
    const input = blocks.map((block) => block.text).join(' ');
    for (const sentence of chosen) {
      expect(input).toContain(sentence);
      expect(sentence).not.toMatch(/(?:bzw|z\.B|\d)\.$/);
    }
  });
});

describe('summary of the seed page', () => {
  it('sums up the Moscow Times article from its lead, without title or newsletter text', () => {
    const analysis = analyzePage(loadFixture('moscow-times-article.html', 'https://www.themoscowtimes.com/2013/03/12/a22259'));
    expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
    expect(analysis.summary.length).toBeLessThanOrEqual(4);
    expect(analysis.summary[0]).toBe(
      'Russia is interested in buying only military technology from abroad, not ready-made weapons, a senior defense industry official said Tuesday.',
    );
    const joined = analysis.summary.join(' ');
    expect(joined).not.toContain(analysis.title!);
    expect(joined).not.toMatch(/newsletter|Subscribers|mailbox|By Alexey Eremenko/i);
    for (const sentence of analysis.summary) expect(analysis.text).toContain(sentence);
  });

  it('honours summaryLength through analyzePage', () => {
    const document = loadFixture('moscow-times-article.html');
    expect(analyzePage(document, { summaryLength: 'short' }).summary).toHaveLength(3);
    expect(analyzePage(document, { summaryLength: 'long' }).summary).toHaveLength(5);
  });
});
