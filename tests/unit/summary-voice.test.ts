import { describe, expect, it } from 'vitest';
import { lexRank } from '../../src/core/summary/centrality.js';
import { isDirectQuote, isPersonal, isQuestion } from '../../src/core/summary/voice.js';

describe('voice', () => {
  it('recognises direct quotes: opening, closing, or mostly quoted', () => {
    expect(isDirectQuote('“We will not back down,” the minister said.')).toBe(true);
    expect(isDirectQuote("I am fit, healthy and ready to run,' said Bolt.")).toBe(true);
    expect(isDirectQuote('Er nannte das Gesetz „einen großen Fehler für das ganze Land“.')).toBe(true);
    expect(isDirectQuote('She added: “They never stood a chance of saving her.')).toBe(true);
    expect(isDirectQuote('The minister called the plan "absurd" and left the room early.')).toBe(false);
  });

  it('recognises first and second person, but not the country or a list marker', () => {
    expect(isPersonal("'I think he just slipped,' she said.", 'en')).toBe(true);
    expect(isPersonal('You can sign up on the website.', 'en')).toBe(true);
    expect(isPersonal('The US and the EU agreed on tariffs, i.e. a truce.', 'en')).toBe(false);
    expect(isPersonal('Мы не отступим, заявил министр.', 'ru')).toBe(true);
    expect(isPersonal('Wir haben lange gewartet, sagte sie.', 'de')).toBe(true);
    expect(isPersonal('Der Bundestag hat das Gesetz beschlossen.', 'de')).toBe(false);
  });

  it('recognises questions, also inside quotes', () => {
    expect(isQuestion('Why did the bank raise rates?')).toBe(true);
    expect(isQuestion('“What now?”')).toBe(true);
    expect(isQuestion('The bank raised rates.')).toBe(false);
  });
});

describe('lexRank', () => {
  it('ranks the sentence that resembles the others highest, and sums to one', () => {
    // Sentence 0 resembles 1 and 2; 1 and 2 do not resemble each other; 3 is isolated.
    const similarity = [
      [0, 0.5, 0.5, 0],
      [0.5, 0, 0, 0],
      [0.5, 0, 0, 0],
      [0, 0, 0, 0],
    ];
    const scores = lexRank(similarity);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeCloseTo(scores[2]!, 10);
    expect(scores[3]).toBeLessThan(scores[1]!);
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
