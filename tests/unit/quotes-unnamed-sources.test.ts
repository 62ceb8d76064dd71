import { describe, expect, it } from 'vitest';
import { quotes } from './helpers/quote-pairs.js';

/** Invented passages: someone introduced as unnamed stays unnamed, even when their phrase mentions a name. */
const EN_INTRO = 'Senator Ilsa Varnholt spoke at the hearing on Monday.';

function speakerOf(lang: string, intro: string, sentence: string): string | null | undefined {
  return quotes(lang, intro, sentence)[0]?.[1];
}

describe('an unnamed or indefinite source speaks as null', () => {
  it('a name that only qualifies an indefinite person is not the speaker', () => {
    for (const source of [
      'a source close to Varnholt said', 'said an aide to Senator Varnholt', 'a spokesman for Varnholt said',
      'a friend of Varnholt said', 'another Varnholt adviser said', 'one of Varnholt’s aides said',
      'two aides to Varnholt said',
    ]) {
      expect(speakerOf('en', EN_INTRO, `“The committee has run out of patience,” ${source}.`), source).toBeNull();
    }
  });

  it('a bare plural group with a name in its modifier is nobody in particular', () => {
    for (const source of ['sources close to Varnholt said', 'people close to Varnholt said', 'aides to Varnholt said']) {
      expect(speakerOf('en', EN_INTRO, `“The committee has run out of patience,” ${source}.`), source).toBeNull();
    }
    expect(speakerOf('en', EN_INTRO, 'Sources close to Varnholt said the committee had “run out of patience.”')).toBeNull();
  });

  it('"the source" points back to an anonymous source, never to the person named before', () => {
    expect(speakerOf('en', EN_INTRO, '“The committee has run out of patience,” the source said.')).toBeNull();
  });

  it('a definite role still points back to the person named with it', () => {
    expect(speakerOf('en', EN_INTRO, '“The committee has run out of patience,” the senator said.')).toBe('Ilsa Varnholt');
    expect(speakerOf('en', EN_INTRO, '“The committee has run out of patience,” Varnholt’s spokesman said.')).toBe('Ilsa Varnholt');
  });

  it('French, German, Spanish, Italian and Russian', () => {
    expect(speakerOf('fr', 'La ministre Ilsa Varnholt a parlé lundi.', '« Le comité a perdu patience », a déclaré un proche de Varnholt.')).toBeNull();
    expect(speakerOf('fr', 'La ministre Ilsa Varnholt a parlé lundi.', '« Le comité a perdu patience », a déclaré un conseiller de Mme Varnholt.')).toBeNull();
    expect(speakerOf('de', 'Die Ministerin Ilsa Varnholt sprach am Montag.', '„Der Ausschuss hat die Geduld verloren“, sagte ein Sprecher von Varnholt.')).toBeNull();
    expect(speakerOf('es', 'La ministra Ilsa Varnholt habló el lunes.', '«El comité ha perdido la paciencia», dijo una fuente cercana a Varnholt.')).toBeNull();
    expect(speakerOf('it', 'La ministra Ilsa Varnholt ha parlato lunedì.', '«Il comitato ha perso la pazienza», ha detto una fonte vicina a Varnholt.')).toBeNull();
    expect(speakerOf('ru', 'Министр Ильза Варнхольт выступила в понедельник.', '«Комитет потерял терпение», — сказал источник в правительстве.')).toBeNull();
    expect(speakerOf('ru', 'Министр Ильза Варнхольт выступила в понедельник.', '«Комитет потерял терпение», — сказал министр.')).toBe('Ильза Варнхольт');
  });

  it('a thing named after someone is not an unnamed person: the real speaker keeps the quote', () => {
    expect(quotes('en', 'Ilsa Varnholt is describing as “reckless” a Doran Pike tweet attacking the committee.')).toEqual([['reckless', 'Ilsa Varnholt']]);
  });
});
