import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('organisations and their documents speak', () => {
  it('gives a document the name that goes with it, and no speaker when none does', () => {
    expect(quotes('en', '“Growth will slow in every region next year,” the IMF report said.'))
      .toEqual([['Growth will slow in every region next year', 'IMF']]);
    expect(quotes('en', 'A report by the World Bank warned that “poverty is rising again in rural areas.”'))
      .toEqual([['poverty is rising again in rural areas.', 'World Bank']]);
    expect(quotes('en', '“Growth will slow in every region next year,” the report said.'))
      .toEqual([['Growth will slow in every region next year', null]]);
    expect(quotes('en', 'A memo on the Smith campaign’s website says the plan is “fully paid for.”'))
      .toEqual([['fully paid for.', null]]);
  });

  it('keeps a body\'s whole name after "according to": "of" and "for" carry it on', () => {
    expect(quotes('en', 'Strandings have many causes, but “a rapidly falling tide or extreme weather” is often to blame, according to the Riverside Department of Conservation.'))
      .toEqual([['a rapidly falling tide or extreme weather', 'Riverside Department of Conservation']]);
    expect(quotes('en', '“Inflation will ease by the spring,” according to the Bank of Westland.'))
      .toEqual([['Inflation will ease by the spring', 'Bank of Westland']]);
    // A person's affiliation still stops at "of".
    expect(quotes('en', '“We will not back down,” according to Gov. Ellen Ward of North Dakota.'))
      .toEqual([['We will not back down', 'Ellen Ward']]);
  });

  it('reads a document the same way in French', () => {
    expect(quotes('fr', '« La croissance ralentira partout l’an prochain », indique le rapport du FMI.'))
      .toEqual([['La croissance ralentira partout l’an prochain', 'FMI']]);
  });

  it('resolves "the commission" to the body of that kind named earlier', () => {
    expect(quotes('en',
      'The Federal Election Commission fined the campaign on Tuesday.',
      'The commission said the campaign had “ignored repeated warnings.”',
    )).toEqual([['ignored repeated warnings.', 'Federal Election Commission']]);
  });

  it('takes "the union" for the body being quoted when none is named by that word', () => {
    expect(quotes('en',
      '“We are proud to stand with her,” the Nurses Association said on Monday.',
      '“Nurses have waited long enough for safe staffing,” the union wrote.',
    )).toEqual([
      ['We are proud to stand with her', 'Nurses Association'],
      ['Nurses have waited long enough for safe staffing', 'Nurses Association'],
    ]);
  });

  it('resolves "it" to the organisation that is the subject, and never to a person', () => {
    expect(quotes('en', 'The Security Council condemned the test on Friday as what it called “a threat to peace.”'))
      .toEqual([['a threat to peace.', 'Security Council']]);
    expect(quotes('en',
      'The Security Council met on Friday. Ambassador Ruth Lang spoke first.',
      'It called the test “a threat to peace.”',
    )).toEqual([['a threat to peace.', null]]);
  });

  it('reads a name described as a company as an organisation, never the "he" of the next quote', () => {
    expect(quotes('en',
      'Mayor Tom Reed blamed the delay on the builder, Northway Stone, the state’s largest construction company, which missed three deadlines. “They simply did not show up,” he said.',
    )).toEqual([['They simply did not show up', 'Tom Reed']]);
  });

  it('resolves "they" to the organisation that was the last subject, never past a person', () => {
    expect(quotes('en',
      'The Harbor Workers Union called a strike on Monday.',
      '“We will not go back until the deal is fair,” they said.',
    )).toEqual([['We will not go back until the deal is fair', 'Harbor Workers Union']]);
    expect(quotes('fr',
      'La Banque de France a publié ses prévisions lundi.',
      '« La croissance ralentira encore cette année », ont-ils indiqué.',
    )).toEqual([['La croissance ralentira encore cette année', 'Banque de France']]);
    expect(quotes('en',
      'The Harbor Workers Union called a strike on Monday. Mayor Ann Duffy met the strikers.',
      '“We will not go back until the deal is fair,” they said.',
    )).toEqual([['We will not go back until the deal is fair', null]]);
  });

  it('gives "the statement" to whoever issued the statement the article brought in', () => {
    expect(quotes('en',
      'The Harbor Commission issued a statement on Friday after the vote.',
      'The statement said the port would “reopen within days.”',
    )).toEqual([['reopen within days.', 'Harbor Commission']]);
    // The video speaks for the body it is by; Ward is only who it talks about.
    expect(quotes('en',
      'A new video by the Farmers Union attacks the plan.',
      'The video says Ward “has never cared about the farms.”',
    )).toEqual([['has never cared about the farms.', 'Farmers Union']]);
    expect(quotes('en', 'Dan Price spoke on Monday.', 'The report says the river is “badly polluted.”'))
      .toEqual([['badly polluted.', null]]);
  });

  it('does not let a document inside a modifier speak ("a narrator in the Cole ad")', () => {
    expect(quotes('en', '“Why did he skip the vote?” a narrator in the Cole ad asks.'))
      .toEqual([['Why did he skip the vote?', null]]);
  });

  it('lets "it" or "they" continue the body quoted just before, even after a long quote', () => {
    const long = 'Crews will inspect every berth, every crane and every mooring line before any ship comes back in, and '.repeat(5);
    expect(quotes('en',
      '“Ships will wait outside the harbor until Friday,” the Harbor Commission said.',
      `“${long}we will publish what we find,” it added.`,
    ).map(([, speaker]) => speaker)).toEqual(['Harbor Commission', 'Harbor Commission']);
  });

  it('keeps a body’s name whole across "of", "for" and "on", but not into a day', () => {
    expect(quotes('en',
      'The Commission on Rural Schools said the audit found “serious gaps.”',
      'Mayor Dan Price left early. The commission said the gaps were “closing fast.”',
    ).map(([, speaker]) => speaker)).toEqual(['Commission on Rural Schools', 'Commission on Rural Schools']);
    expect(quotes('en', 'The Federal Bureau of Investigation called the threat “credible and specific.”'))
      .toEqual([['credible and specific.', 'Federal Bureau of Investigation']]);
    expect(quotes('en', 'The Senate on Tuesday said the bill was “dead for this year.”'))
      .toEqual([['dead for this year.', 'Senate']]);
  });

  it('reads "X’s campaign" as a body that a later "it" or "the campaign" stands for', () => {
    expect(quotes('en', 'Dana Cole’s campaign is defending her remarks. It is denouncing what it calls “a smear by desperate rivals.”'))
      .toEqual([['a smear by desperate rivals.', 'Dana Cole’s campaign']]);
    expect(quotes('en', 'Dana Cole’s campaign hit back on Monday.', '“This is a smear by desperate rivals,” the campaign said.'))
      .toEqual([['This is a smear by desperate rivals', 'Dana Cole’s campaign']]);
  });

  it('gives "the ad’s narrator" and "the report’s authors" to whoever issued the ad or the report', () => {
    expect(quotes('en',
      'Senator Dana Cole has a new campaign ad hitting Dan Price over his taxes.',
      'The 30-second spot opens on a factory floor.',
      '“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”',
    ).map(([, speaker]) => speaker)).toEqual(['Dana Cole', 'Dana Cole']);
    expect(quotes('en', 'The Harbor Commission published a report on Friday.', 'The report’s authors wrote that the port was “badly run.”'))
      .toEqual([['badly run.', 'Harbor Commission']]);
  });

  it('gives "el comunicado" to the body that issued it, in Spanish too', () => {
    expect(quotes('es',
      'El Ministerio de Sanidad publicó un comunicado el lunes.',
      '«Vamos a reforzar los controles en todos los hospitales», señala el comunicado.',
    )).toEqual([['Vamos a reforzar los controles en todos los hospitales', 'Ministerio de Sanidad']]);
  });
});
