import { describe, expect, it } from 'vitest';
import { detokenizePtb, ptbSentences, tokenizePtb } from '../../src/tools/eval/lib/ptb-text.js';

describe('detokenizePtb', () => {
  it('joins clitics, punctuation, brackets and currency', () => {
    expect(detokenizePtb("the team 's 0-0 draw , which they did n't expect ( at home ) , cost $ 5 million .")).toBe(
      "the team's 0-0 draw, which they didn't expect (at home), cost $5 million.",
    );
  });

  it('turns `` and \'\' into straight double quotes around the quoted words', () => {
    expect(detokenizePtb("`` Roots , '' the epic miniseries , returns .")).toBe('"Roots," the epic miniseries, returns.');
  });

  it('closes single quotes opened by a quoted word, and keeps plural possessives', () => {
    expect(detokenizePtb("'Just been watching the game , did you miss the coach ? ' Merson said .")).toBe(
      "'Just been watching the game, did you miss the coach?' Merson said.",
    );
    expect(detokenizePtb("in Brendan Rodgers ' squad")).toBe("in Brendan Rodgers' squad");
    expect(detokenizePtb('-LRB- CNN -RRB- Rome')).toBe('(CNN) Rome');
  });
});

describe('tokenizePtb', () => {
  it('splits prose the way the references are tokenized', () => {
    expect(tokenizePtb("The U.S. team's coach didn't say, \"We won.\" It cost $5,000 (or 3.5%).")).toBe(
      "The U.S. team 's coach did n't say , `` We won . '' It cost $ 5,000 ( or 3.5 % ) .",
    );
  });

  it('round-trips PTB text through detokenizePtb', () => {
    const ptb = "Paul Merson has restarted his row with Andros Townsend after the team 's 0-0 draw on Sunday . `` It 's over , '' he said .";
    expect(tokenizePtb(detokenizePtb(ptb))).toBe(ptb);
  });
});

describe('ptbSentences', () => {
  it('splits at sentence-final tokens, keeping closing quotes with their sentence', () => {
    expect(ptbSentences("He called it an 'obesity epidemic . ' The study was large . Why ?")).toEqual([
      "He called it an 'obesity epidemic . '",
      'The study was large .',
      'Why ?',
    ]);
  });
});
