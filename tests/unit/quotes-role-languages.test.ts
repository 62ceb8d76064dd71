import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Hand-written passages: a role noun as the speech verb's subject points back to the person named with that role. */
describe('a role noun speaks for the person given that role, in every language', () => {
  it('English: "the minister said"', () => {
    expect(quotes('en',
      'Finance Minister Olaf Berger spoke in Leeds on Monday.',
      '“We will have to save for years,” the minister said.',
    )).toEqual([['We will have to save for years', 'Olaf Berger']]);
  });

  it('Russian: a role without an article, its case forms and a place after it', () => {
    expect(quotes('ru',
      'Мэр Самары Сергей Орлов провёл совещание в понедельник.',
      '«Мы откроем новые линии трамвая», — сказал мэр.',
    )).toEqual([['Мы откроем новые линии трамвая', 'Сергей Орлов']]);
    expect(quotes('ru',
      'Министр финансов Анна Белова выступила в Думе.',
      '«Бюджет останется сбалансированным и в этом году», — заявила министр.',
    )).toEqual([['Бюджет останется сбалансированным и в этом году', 'Анна Белова']]);
  });

  it('German, French, Spanish and Italian', () => {
    expect(quotes('de', 'Finanzminister Olaf Berger sprach am Montag in Kiel.', '„Wir werden sparen müssen“, sagte der Minister.'))
      .toEqual([['Wir werden sparen müssen', 'Olaf Berger']]);
    expect(quotes('fr', 'Le ministre de l’Économie Paul Leroux était à Lyon lundi.', '« Nous allons investir beaucoup », a déclaré le ministre.'))
      .toEqual([['Nous allons investir beaucoup', 'Paul Leroux']]);
    expect(quotes('es', 'El ministro de Hacienda Carlos Ruiz visitó Sevilla el lunes.', '«Vamos a invertir mucho más», dijo el ministro.'))
      .toEqual([['Vamos a invertir mucho más', 'Carlos Ruiz']]);
    expect(quotes('it', 'Il ministro dell’Economia Marco Bianchi era a Milano lunedì.', '«Investiremo di più quest’anno», ha detto il ministro.'))
      .toEqual([['Investiremo di più quest’anno', 'Marco Bianchi']]);
  });

  it('gives the role to the name set off after "the mayor of Place,", not to the place', () => {
    expect(quotes('en',
      'The mayor of Springfield, Dana Cole, visited the port on Monday. Dan Price, a dock worker, was there too.',
      '“We will invest much more in the port,” the mayor said.',
    )).toEqual([['We will invest much more in the port', 'Dana Cole']]);
    expect(quotes('es',
      'La ministra de Sanidad, Carmen Ruiz, habló el lunes.',
      '«Vamos a reforzar los controles», afirmó la ministra.',
    )).toEqual([['Vamos a reforzar los controles', 'Carmen Ruiz']]);
  });

  it('Spanish: feminine role nouns ("la alcaldesa")', () => {
    expect(quotes('es',
      'La alcaldesa de Valencia, María Gómez, visitó el puerto el lunes.',
      '«Vamos a invertir mucho más en el puerto», dijo la alcaldesa.',
    )).toEqual([['Vamos a invertir mucho más en el puerto', 'María Gómez']]);
  });
});
