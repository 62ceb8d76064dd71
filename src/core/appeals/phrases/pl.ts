/**
 * Polish appeal wording; stems (`*`) cover case endings ("darowiznę",
 * "niezależnego dziennikarstwa"). "Wsparcie" is everyday news vocabulary
 * (military or state support), so alone it is a weak hint.
 */
import { phrases } from './phrase-entry.js';

export const PL = [
  ...phrases('donation', [
    ['wesprzyj nas', 2], ['wesprzyj', 1.5], ['wesprzyj naszą pracę', 2], ['wspieraj nas', 1.5], ['twoj* wsparci*', 1],
    ['wsparci*', 0.5], ['darowizn*', 1], ['wpłać darowiznę', 2], ['przekaż darowiznę', 2], ['wpłać', 1],
    ['zostań patron*', 2], ['postaw kawę', 2], ['postaw nam kawę', 2], ['niezależn* dziennikarstw*', 1],
    ['miesięczn*', 0.5], ['jednorazow*', 0.5],
  ]),
  ...phrases('newsletter', [
    ['zapisz się do newslettera', 2], ['zapisz się na newsletter', 2], ['zapisz się do naszego newslettera', 2],
    ['zapisz się', 1], ['zamów newsletter', 2], ['zapisuję się', 1.5], ['na twoją skrzynkę', 1.5], ['do twojej skrzynki', 1.5],
    ['twój adres e-mail', 1], ['swój adres e-mail', 1], ['adres e-mail', 0.5], ['wypisać się', 1],
  ]),
  ...phrases('subscription', [
    ['kup subskrypcję', 2], ['kup prenumeratę', 2], ['wykup prenumeratę', 2], ['masz już prenumeratę', 2], ['wykup subskrypcję', 2], ['wykup dostęp', 2], ['subskrypcj*', 0.5], ['masz już subskrypcję', 2],
    ['tylko dla subskrybentów', 2], ['dla subskrybentów', 1], ['tylko dla prenumeratorów', 2], ['zostań prenumeratorem', 2],
    ['zostań subskrybentem', 2], ['prenumerat*', 0.5], ['bezpłatn* artykuł*', 1.5], ['darmow* artykuł*', 1.5],
    ['pełny dostęp', 1], ['zrezygnować w każdej chwili', 1.5], ['subskrybuj', 0.5],
  ]),
  ...phrases(null, [
    ['przypomnij mi później', 1.5], ['nie, dziękuję', 1], ['nie dziękuję', 1], ['nie teraz', 0.5], ['polityk* prywatności', 0.5],
  ]),
];
