import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

describe('speakers in English', () => {
  it('reads the speaker after the quote, in both word orders', () => {
    expect(quotes('en', '“We will not back down on this,” Jane Smith said.')).toEqual([['We will not back down on this', 'Jane Smith']]);
    expect(quotes('en', '“We will not back down on this,” said Jane Smith, the mayor of Springfield.')).toEqual([['We will not back down on this', 'Jane Smith']]);
    expect(quotes('en', '“We will not back down on this,” Rep. Gwen Moore (D-Wis.) said Friday.')).toEqual([['We will not back down on this', 'Gwen Moore']]);
  });

  it('reads the speaker before the quote', () => {
    expect(quotes('en', 'Jane Smith said: “We will not back down on this.”')).toEqual([['We will not back down on this.', 'Jane Smith']]);
    expect(quotes('en', 'Jane Smith, the mayor of Springfield, told reporters that “the plan is dead for now.”')).toEqual([['the plan is dead for now.', 'Jane Smith']]);
    expect(quotes('en', 'According to Jane Smith, “the plan is dead for now.”')).toEqual([['the plan is dead for now.', 'Jane Smith']]);
  });

  it('prefers the speaker who introduces the quote over the outlet that reported it', () => {
    expect(quotes('en', 'But Vyacheslav Dzirkaln, a deputy head of the service, added that "no one will supply us with modern weapons," Interfax reported.'))
      .toEqual([['no one will supply us with modern weapons', 'Vyacheslav Dzirkaln']]);
    expect(quotes('en', '“The talks have failed for now,” Interfax reported.')).toEqual([['The talks have failed for now', 'Interfax']]);
  });

  it('resolves pronouns, surnames and definite roles to the full name given earlier', () => {
    expect(quotes('en',
      'Mayor Bill de Blasio spoke at a press conference in Chelsea on Sunday.',
      '“We do not see a link to terrorism at this point,” the mayor said.',
      'Carla Jones, a nurse who lives nearby, heard the blast.',
      '“It shook the whole building around me,” she said.',
      '“Everyone ran into the street at once,” Jones added.',
    )).toEqual([
      ['We do not see a link to terrorism at this point', 'Bill de Blasio'],
      ['It shook the whole building around me', 'Carla Jones'],
      ['Everyone ran into the street at once', 'Carla Jones'],
    ]);
  });

  it('reads "the official" as the person the text is about when no one was given that title', () => {
    expect(quotes('en',
      'Vyacheslav Dzirkaln announced the new procurement rules on Tuesday in Moscow.',
      '“We will buy only technology, not finished weapons,” the official said.',
    )).toEqual([['We will buy only technology, not finished weapons', 'Vyacheslav Dzirkaln']]);
    expect(quotes('en', '“We will buy only technology, not finished weapons,” said 9/11 widow Terry Strada.'))
      .toEqual([['We will buy only technology, not finished weapons', 'Terry Strada']]);
  });

  it('picks the pronoun’s antecedent by gender and prefers the subject', () => {
    expect(quotes('en',
      'Christie, a close ally of Donald Trump, attacked Hillary Clinton on the radio on Wednesday.',
      '“She is a disgrace and those comments are a disgrace,” he said.',
    )).toEqual([['She is a disgrace and those comments are a disgrace', 'Christie']]);
  });

  it('never guesses: an unnamed source or an unknown "he" stays null', () => {
    expect(quotes('en', '“The decision was made weeks ago,” a senior official said.')).toEqual([['The decision was made weeks ago', null]]);
    expect(quotes('en', '“The decision was made weeks ago,” he said.')).toEqual([['The decision was made weeks ago', null]]);
  });

  it('carries the speaker to the next quote in the same sentence or paragraph', () => {
    expect(quotes('en', '“It was a long night for all of us,” Smith said. “But we made it through in the end.”'))
      .toEqual([['It was a long night for all of us', 'Smith'], ['But we made it through in the end.', 'Smith']]);
  });

  it('reads a party or national adjective as qualifying a noun, not as someone’s name', () => {
    expect(quotes('en', '“We are watching closely,” American officials said.')).toEqual([['We are watching closely', null]]);
    // "Republican voters said" is no one named, and "Democratic claims" is no one speaking.
    expect(quotes('en',
      'Senator Dana Cole spoke in Ohio. Many Republican voters said the plan was “a betrayal.”',
      'The site rated 30% of Republican claims as false, compared to 10% of Democratic claims.',
      '“We check every number,” she said.',
    )).toEqual([['a betrayal.', null], ['We check every number', 'Dana Cole']]);
  });

  it('reads "Gov. X of Place" as X, and "Secretary of State X" as X', () => {
    expect(quotes('en', 'In January, Gov. Ellen Ward of North Dakota said the plan was “a bold new start.”'))
      .toEqual([['a bold new start.', 'Ellen Ward']]);
    expect(quotes('en', '“It is a bold new start,” Gov. Ellen Ward of North Dakota said.'))
      .toEqual([['It is a bold new start', 'Ellen Ward']]);
    expect(quotes('en', 'Secretary of State Dan Price said the plan was “a bold new start.”'))
      .toEqual([['a bold new start.', 'Dan Price']]);
  });

  it('reads a signature after the quote', () => {
    expect(quotes('en', '“He is obsessed with Mexico and all these perks they have.” ― Esther Tapia'))
      .toEqual([['He is obsessed with Mexico and all these perks they have.', 'Esther Tapia']]);
  });
});

describe('speakers in other languages', () => {
  it('Russian', () => {
    expect(quotes('ru',
      'Министр иностранных дел Сергей Лавров выступил в Москве.',
      '«Мы не позволим никому диктовать нам условия», — заявил Лавров.',
      '«Это абсолютно неприемлемо для нас», — добавил он.',
      'По словам Лаврова, «переговоры продолжатся на следующей неделе».',
    )).toEqual([
      ['Мы не позволим никому диктовать нам условия', 'Сергей Лавров'],
      ['Это абсолютно неприемлемо для нас', 'Сергей Лавров'],
      ['переговоры продолжатся на следующей неделе', 'Сергей Лавров'],
    ]);
  });

  it('Russian: a short reply with the comma after the closing mark, and "она" past a place', () => {
    expect(quotes('ru',
      'Министр финансов Анна Белова выступила в Думе.',
      '«Бюджет останется сбалансированным», — заявила министр.',
      '«Нет», — ответила она.',
    )).toEqual([
      ['Бюджет останется сбалансированным', 'Анна Белова'],
      ['Нет', 'Анна Белова'],
    ]);
  });

  it('German', () => {
    expect(quotes('de',
      'Bundeskanzler Olaf Scholz sprach am Montag in Berlin.',
      '„Wir werden die Ukraine weiter unterstützen“, sagte Scholz.',
      '„Die Lage bleibt sehr ernst und angespannt“, so Scholz.',
      'Er betonte: „Das ist keine leichte Entscheidung für uns.“',
    )).toEqual([
      ['Wir werden die Ukraine weiter unterstützen', 'Olaf Scholz'],
      ['Die Lage bleibt sehr ernst und angespannt', 'Olaf Scholz'],
      ['Das ist keine leichte Entscheidung für uns.', 'Olaf Scholz'],
    ]);
  });

  it('German: "die Bürgermeisterin" is a role pointing back, not a name', () => {
    expect(quotes('de',
      'Die Bürgermeisterin Anna Keller eröffnete am Montag die neue Brücke.',
      '„Die Brücke wird hundert Jahre halten“, sagte die Bürgermeisterin.',
    )).toEqual([['Die Brücke wird hundert Jahre halten', 'Anna Keller']]);
  });

  it('French', () => {
    expect(quotes('fr',
      'Le président Emmanuel Macron était à Marseille.',
      '« Nous ne céderons rien aux terroristes », a déclaré Emmanuel Macron.',
      '« La France restera unie face à cette épreuve », a-t-il ajouté.',
      'Selon Macron, « la République est plus forte que jamais ».',
    ).map(([, speaker]) => speaker)).toEqual(['Emmanuel Macron', 'Emmanuel Macron', 'Emmanuel Macron']);
  });

  it('Spanish and Italian', () => {
    expect(quotes('es', '"No vamos a permitir ningún chantaje político", dijo Pedro Sánchez.', 'Según Sánchez, "el Gobierno cumplirá su mandato completo".'))
      .toEqual([['No vamos a permitir ningún chantaje político', 'Pedro Sánchez'], ['el Gobierno cumplirá su mandato completo', 'Pedro Sánchez']]);
    expect(quotes('it',
      'Il premier Giorgia Meloni ha parlato a Roma.',
      '"Non faremo alcun passo indietro su questo tema", ha detto Meloni.',
      '"È una giornata storica per il nostro paese", ha aggiunto la premier.',
    ).map(([, speaker]) => speaker)).toEqual(['Giorgia Meloni', 'Giorgia Meloni']);
  });
});
