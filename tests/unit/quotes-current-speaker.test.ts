import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written news paragraphs → [quote, speaker] pairs as the popup shows them. */
describe('"he" and "she" stay with the person being quoted', () => {
  it('keeps the pronoun on the speaker of the last quote over an older subject', () => {
    expect(quotes('en',
      'The bridge was designed under Mayor Ann Duffy and approved by the council. Governor Lisa Moreno has called it a waste of money.',
      '“This bridge will serve the town for a century,” the mayor said.',
      '“We are proud of every dollar we spent on it,” she added.',
    )).toEqual([
      ['This bridge will serve the town for a century', 'Ann Duffy'],
      ['We are proud of every dollar we spent on it', 'Ann Duffy'],
    ]);
  });

  it('lets a new subject of the same gender take the pronoun over', () => {
    expect(quotes('en',
      '“We will appeal the ruling,” said Ann Duffy, the mayor.',
      'Governor Lisa Moreno disagreed on Tuesday.',
      '“The court has spoken and the town should accept it,” she said.',
    )).toEqual([
      ['We will appeal the ruling', 'Ann Duffy'],
      ['The court has spoken and the town should accept it', 'Lisa Moreno'],
    ]);
  });


  it('keeps "elle" on the quoted speaker in French', () => {
    expect(quotes('fr',
      'Le pont a été conçu par la maire Anne Durand. La ministre Claire Martin a déclaré qu’il coûtait trop cher.',
      '« Ce pont durera cent ans », a déclaré la maire.',
      '« Nous sommes fiers de chaque euro », a-t-elle ajouté.',
    )).toEqual([
      ['Ce pont durera cent ans', 'Anne Durand'],
      ['Nous sommes fiers de chaque euro', 'Anne Durand'],
    ]);
  });

  it('gives an unframed quote the person its own paragraph introduces, not the last speaker', () => {
    expect(quotes('en',
      '“We will fix the roads before winter,” Mayor Tom Reed said on Monday.',
      'Senator Ruth Adler, who lost the primary to Reed, called the plan too small. “Nobody believes the roads will be ready by December.”',
    )).toEqual([['We will fix the roads before winter', 'Tom Reed'], ['Nobody believes the roads will be ready by December.', 'Ruth Adler']]);
    expect(quotes('de',
      '„Wir werden die Straßen vor dem Winter reparieren“, sagte Bürgermeister Tom Becker am Montag.',
      'Die Abgeordnete Anna Keller kritisierte den Plan am Dienstag. „Niemand glaubt, dass die Straßen im Dezember fertig sind.“',
    )).toEqual([['Wir werden die Straßen vor dem Winter reparieren', 'Tom Becker'], ['Niemand glaubt, dass die Straßen im Dezember fertig sind.', 'Anna Keller']]);
  });

  it('keeps the last speaker for an unframed quote that opens its paragraph', () => {
    expect(quotes('en',
      '“We will fix the roads before winter,” Mayor Tom Reed said on Monday.',
      '“Nobody will have to drive around the potholes by December.”',
    )).toEqual([['We will fix the roads before winter', 'Tom Reed'], ['Nobody will have to drive around the potholes by December.', 'Tom Reed']]);
  });
});
