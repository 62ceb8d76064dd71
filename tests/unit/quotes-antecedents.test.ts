import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('which earlier person a pronoun stands for', () => {
  it('never takes a possessor for the subject ("Harding’s budget would …")', () => {
    expect(quotes('en',
      'Mayor Tom Harding unveiled his first budget on Monday.',
      'Campaign spokesman Paul Reyes told the Gazette that Harding’s budget would protect rural schools. He could not say when it would be published.',
      '“We are still working out the numbers,” he said.',
    )).toEqual([['We are still working out the numbers', 'Paul Reyes']]);
  });

  it('reads a name that opens a paragraph as a subject even when the paragraph before ended in a quote', () => {
    expect(quotes('en',
      'Don Fowler, a former party chairman, spoke on Sunday.',
      'The chairwoman said she looks forward to “seeing her back out on the trail.”',
      'Former Gov. Ed Rendell agreed that the rules should change.',
      '“There is no chance she will withdraw from the race,” he said.',
    )).toContainEqual(['There is no chance she will withdraw from the race', 'Ed Rendell']);
  });

  it('reads a name after a quoted sentence in the same paragraph as a subject', () => {
    expect(quotes('en',
      'Don Fowler, a former party chairman, spoke on Sunday.',
      'The rules are old, the chairwoman wrote, calling them “a relic of another age.” Former Gov. Ed Rendell, for his part, agreed.',
      '“There is no chance she will withdraw from the race,” he said.',
    )).toContainEqual(['There is no chance she will withdraw from the race', 'Ed Rendell']);
  });

  it('takes a name after a closing speech verb for that verb’s subject ("…, noted the Courier’s Dana Price.")', () => {
    expect(quotes('en',
      'Mayor Ellen Hart defended the plan on Monday.',
      'The vote will not change much, noted the Courier’s Dana Price.',
      '“Voters made up their minds about the plan long ago,” she wrote.',
    )).toEqual([['Voters made up their minds about the plan long ago', 'Dana Price']]);
  });

  it('keeps "Secretary of State X" a subject: the "of" belongs to the title', () => {
    expect(quotes('en',
      'Secretary General Amir Sadeh condemned the missile test.',
      '“I count on the council to act together,” he told reporters.',
      'Secretary of Defense Mark Olsen said the allies would respond.',
      '“We remain open to talks, but not at any price,” he said.',
    )).toEqual([['I count on the council to act together', 'Amir Sadeh'], ['We remain open to talks, but not at any price', 'Mark Olsen']]);
  });

  it('reads "City, State, police officer X" as a place before a name, not as a person described', () => {
    expect(quotes('en',
      'On Tuesday, Senator Laura Finch criticized Dayton, Ohio, police officer Ryan Cole for the arrest.',
      '“This should never have happened to anyone,” she said.',
    )).toEqual([['This should never have happened to anyone', 'Laura Finch']]);
  });

  it('gives a shared surname the gender of the person it stands for, not of the first of that name', () => {
    expect(quotes('en',
      'Rakeyia Scott filmed the encounter on her phone.',
      'Her husband, Keith Scott, was shot minutes later.',
      'Officer Ann Lowe ordered him out of the car.',
      'Scott urged the officers to stay calm.',
      '“Please do not hurt him, he has no gun,” she said.',
    )).toEqual([['Please do not hurt him, he has no gun', 'Rakeyia Scott']]);
  });

  it('takes a bare surname for a person everywhere once the article shows it speaking', () => {
    expect(quotes('en',
      'Senator Mark Dunn opened the hearing on Tuesday.',
      'Okafor said the agency had done nothing wrong.',
      'Later, Dunn questioned the budget. Okafor leaned back in his chair.',
      '“We followed every rule in the book,” he said.',
    )).toEqual([['We followed every rule in the book', 'Okafor']]);
  });

  it('reads "in Dayton, Ohio," as one place, not Ohio as a person who argues', () => {
    expect(quotes('en',
      'Laura Finch spoke on Tuesday about the shooting in Dayton, Ohio, arguing that the officers must be charged.',
      '“No family should have to go through this,” she said.',
    )).toEqual([['No family should have to go through this', 'Laura Finch']]);
    expect(quotes('en',
      'Retired Gen. Norman Ward spoke on the radio.',
      'In an interview with host Rusty Kent, Ward made it clear he was unhappy.',
      '“It was demoralizing to serve under him,” he told the host.',
    )).toEqual([['It was demoralizing to serve under him', 'Norman Ward']]);
  });

  it('does not hand the pronoun to the subject of a reported clause ("believes Reed is right")', () => {
    expect(quotes('en',
      '“The votes are there,” Senator Tom Reed said on Monday.',
      'House Speaker Paul Brandt, R-Ohio, said he was worried about the cost but believes Reed is right about the count.',
      '“I think we can pass it this week,” he said.',
    )).toEqual([
      ['The votes are there', 'Tom Reed'],
      ['I think we can pass it this week', 'Paul Brandt'],
    ]);
  });

  it('takes a known given name before a surname for a person ("House Speaker Paul Brandt, R-Ohio,")', () => {
    expect(quotes('en',
      'Senator Tom Reed spoke first.',
      'House Speaker Paul Brandt, R-Ohio, then took questions from reporters.',
      '“We will not move the bill this week,” he said.',
    )).toEqual([['We will not move the bill this week', 'Paul Brandt']]);
  });

  it('reads the gender of a lone given name ("Kevin said nothing") when the article never uses it as a surname', () => {
    expect(quotes('en',
      'Reporter Dana Cole met the couple in Ohio.',
      'Anna said she had voted for the first time. Kevin said nothing.',
      '“It never crossed my mind that I was losing it,” she said.',
    )).toEqual([['It never crossed my mind that I was losing it', 'Anna']]);
  });

  it('knows Russian given names whose ending misleads ("Никита", "Илья") and the surnames that show no gender', () => {
    expect(quotes('ru',
      'Дарья Белых выступила в Думе во вторник.',
      'Никита Черных ответил ей через час.',
      '«Мы не отступим от этого плана», — сказала она.',
    )).toEqual([['Мы не отступим от этого плана', 'Дарья Белых']]);
    expect(quotes('en',
      'Daria Belykh spoke in the Duma on Tuesday.',
      'Nikita Chernykh replied an hour later.',
      '“We will not retreat from this plan,” she said.',
    )).toEqual([['We will not retreat from this plan', 'Daria Belykh']]);
  });
});
