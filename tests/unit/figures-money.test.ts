import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/find-figures.js';
import { figureLexiconFor } from '../../src/core/figures/figure-language.js';

/** The figures of one sentence as [text, value, unit]. */
function figures(sentence: string, lang: string | null = 'en'): Array<[string, number, string | null]> {
  return findFigures(sentence, figureLexiconFor(lang), lang).map((figure) => [figure.text, figure.value, figure.unit]);
}

// [sentence, language, expected text, value, ISO unit]
const MONEY: Array<[string, string | null, string, number, string]> = [
  ['The contract is worth an estimated 1.2 billion euros.', 'en', '1.2 billion euros', 1.2e9, 'EUR'],
  ['The company lost $48.2 million last year.', 'en', '$48.2 million', 48.2e6, 'USD'],
  ['Brussels fined it €5bn on Tuesday.', 'en', '€5bn', 5e9, 'EUR'],
  ['The flat sold for £300,000 in May.', 'en', '£300,000', 300000, 'GBP'],
  ['The budget foresees ₽2 trillion for defence.', 'en', '₽2 trillion', 2e12, 'RUB'],
  ['The province raised c$16.4 million.', 'en', 'c$16.4 million', 16.4e6, 'CAD'],
  ['Investors put in US$75 million.', 'en', 'US$75 million', 75e6, 'USD'],
  ['Investors put in $ 75 million.', 'en', '$ 75 million', 75e6, 'USD'],
  ['The fund holds A$3.2bn.', 'en', 'A$3.2bn', 3.2e9, 'AUD'],
  ['The developer paid HK$10 billion.', 'en', 'HK$10 billion', 10e9, 'HKD'],
  ['Tokyo set aside ¥500 billion.', 'en', '¥500 billion', 500e9, 'JPY'],
  ['The state spent ₹1,200 crore on roads.', 'en', '₹1,200 crore', 12e9, 'INR'],
  ['The bank paid CHF 300 million.', 'en', 'CHF 300 million', 300e6, 'CHF'],
  ['Profit reached 75 mln rubles.', 'en', '75 mln rubles', 75e6, 'RUB'],
  ['They paid 2 million dollars.', 'en', '2 million dollars', 2e6, 'USD'],
  ['A 1.2 billion Euro budget was approved.', 'en', '1.2 billion Euro', 1.2e9, 'EUR'],
  ['The loan was $5m in total.', 'en', '$5m', 5e6, 'USD'],
  ['Exports were worth 300 EUR per tonne.', 'en', '300 EUR', 300, 'EUR'],
  ['Tickets cost $12.50 each.', 'en', '$12.50', 12.5, 'USD'],
  ['He earned 40,000 pounds a year.', 'en', '40,000 pounds', 40000, 'GBP'],
  ['The deal is worth 12 billion Swedish kronor.', 'en', '12 billion Swedish kronor', 12e9, 'SEK'],
  ['Warsaw will spend 5 billion zlotys on rail.', 'en', '5 billion zlotys', 5e9, 'PLN'],
  ['The fine was 2.5 million Norwegian kroner.', 'en', '2.5 million Norwegian kroner', 2.5e6, 'NOK'],
  ['Der Auftrag ist 1,2 Milliarden Euro wert.', 'de', '1,2 Milliarden Euro', 1.2e9, 'EUR'],
  ['Das kostet 300 Mio. Euro.', 'de', '300 Mio. Euro', 300e6, 'EUR'],
  ['Der Umsatz lag bei 1.200 Euro.', 'de', '1.200 Euro', 1200, 'EUR'],
  ['Die Schulden betragen 2 Billionen Euro.', 'de', '2 Billionen Euro', 2e12, 'EUR'],
  ['Un contrat de 1,2 milliard d’euros a été signé.', 'fr', '1,2 milliard d’euros', 1.2e9, 'EUR'],
  ['Il gagne 300 000 € par an.', 'fr', '300 000 €', 300000, 'EUR'],
  ['Un prêt de 5 millions de dollars.', 'fr', '5 millions de dollars', 5e6, 'USD'],
  ['El contrato vale 1.200 millones de euros.', 'es', '1.200 millones de euros', 1.2e9, 'EUR'],
  ['Se invirtieron 5 mil millones de dólares.', 'es', '5 mil millones de dólares', 5e9, 'USD'],
  ['Il contratto vale 1,2 miliardi di euro.', 'it', '1,2 miliardi di euro', 1.2e9, 'EUR'],
  ['Una multa di 300 milioni di dollari.', 'it', '300 milioni di dollari', 300e6, 'USD'],
  ['Бюджет выделил 2 трлн рублей на оборону.', 'ru', '2 трлн рублей', 2e12, 'RUB'],
  ['Контракт стоит 1,2 млрд евро.', 'ru', '1,2 млрд евро', 1.2e9, 'EUR'],
  ['Штраф составил 300 тыс. рублей.', 'ru', '300 тыс. рублей', 300000, 'RUB'],
  ['Сделка на 5 млн долларов.', 'ru', '5 млн долларов', 5e6, 'USD'],
  ['Der Auftrag ist 1,2 Milliarden Euro wert.', null, '1,2 Milliarden Euro', 1.2e9, 'EUR'],
  ['Бюджет выделил 2 трлн рублей.', null, '2 трлн рублей', 2e12, 'RUB'],
];

// [sentence, language, expected text, value]
const PERCENT: Array<[string, string | null, string, number]> = [
  ['Unemployment rose to 18%.', 'en', '18%', 18],
  ['The economy grew 3.5 percent.', 'en', '3.5 percent', 3.5],
  ['Inflation eased to 2.1 per cent in May.', 'en', '2.1 per cent', 2.1],
  ['Half of the voters stayed home.', 'en', 'Half', 50],
  ['A third of households have no car.', 'en', 'A third', 33.3],
  ['Two-thirds of members agreed.', 'en', 'Two-thirds', 66.7],
  ['Support fell 4 percentage points.', 'en', '4 percentage points', 4],
  ['Die Arbeitslosigkeit stieg auf 5,3 Prozent.', 'de', '5,3 Prozent', 5.3],
  ['Le chômage atteint 7,5 pour cent.', 'fr', '7,5 pour cent', 7.5],
  ['La inflación subió un 3,5 por ciento.', 'es', '3,5 por ciento', 3.5],
  ['La disoccupazione è al 18 per cento.', 'it', '18 per cento', 18],
  ['Инфляция составила 15 процентов.', 'ru', '15 процентов', 15],
  ['Инфляция составила 7,5%.', 'ru', '7,5%', 7.5],
];

describe('money figures', () => {
  it.each(MONEY)('%s (%s)', (sentence, lang, text, value, unit) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, unit]);
  });

  it('reads "5bn" without a currency as a scaled number, never inventing a currency', () => {
    expect(figures('Revenue hit 5bn last year.')).toEqual([['5bn', 5e9, null]]);
  });

  it('reads a scale letter glued to a currency sign: "2 M€", "45 k€"', () => {
    expect(figures('Le club a dépensé 2 M€ pour un salaire de 45 k€ par an.', 'fr')).toEqual([['2 M€', 2e6, 'EUR'], ['45 k€', 45000, 'EUR']]);
    expect(figures('Il a couru 5 m puis 20 km.', 'fr')).not.toContainEqual(expect.arrayContaining(['EUR']));
  });
});

describe('percentages', () => {
  it.each(PERCENT)('%s (%s)', (sentence, lang, text, value) => {
    expect(figures(sentence, lang)).toContainEqual([text, value, '%']);
  });

  it('reads a percentage range by its lower bound', () => {
    expect(figures('Prices rose by about 10 to 15 percent.')).toEqual([['10 to 15 percent', 10, '%']]);
  });

  it.each([
    ['Les prix devraient augmenter entre 3 et 5 % cette année.', 'fr', '3 et 5 %'],
    ['Die Mieten stiegen zwischen 3 und 5 Prozent.', 'de', '3 und 5 Prozent'],
    ['La economía crecerá entre el 3 y el 5% este año.', 'es', '3 y el 5%'],
    ['Il PIL crescerà tra il 3 e il 5% nel 2025.', 'it', '3 e il 5%'],
  ])('reads "between 3 and 5 %%" in other languages: %s', (sentence, lang, text) => {
    expect(figures(sentence, lang)).toEqual([[text, 3, '%']]);
  });

  it('does not join numbers that a noun stands between', () => {
    expect(figures('Murieron 5 personas y 3 resultaron heridas.', 'es')).not.toContainEqual(expect.arrayContaining(['%']));
    expect(figures('Murieron 5 personas y 3 resultaron heridas.', 'es')[0]).toEqual(['5 personas', 5, 'personas']);
  });
});
