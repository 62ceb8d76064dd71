/**
 * Hungarian appeal wording; stems (`*`) cover suffixes ("hírlevelünkre",
 * "hírlevél"). "Támogatás" (state support) and "előfizetés" (a phone plan)
 * are everyday news words: alone they are weak hints.
 */
import { phrases } from './phrase-entry.js';

export const HU = [
  ...phrases('donation', [
    ['támogass minket', 2], ['támogasd a munkánkat', 2], ['támogasd', 1.5], ['támogatás*', 0.5], ['adományoz*', 1.5],
    ['független újságírás*', 1], ['havi támogatás*', 1.5], ['egyszeri', 0.5], ['legyél támogatónk', 2],
  ]),
  ...phrases('newsletter', [
    ['iratkozz fel hírlevelünkre', 2], ['iratkozzon fel hírlevelünkre', 2], ['hírlev*', 1.5], ['e-mail címed', 1],
    ['e-mail cím*', 0.5], ['bármikor leiratkozhatsz', 1.5], ['postafiókodba', 1.5],
  ]),
  ...phrases('subscription', [
    ['fizess elő', 2], ['előfizetés*', 0.5], ['csak előfizetőknek', 2], ['előfizetőknek', 1.5], ['már előfizető vagy', 2],
    ['legyél előfizetőnk', 2],
  ]),
  ...phrases(null, [
    ['emlékeztess később', 1.5], ['nem, köszönöm', 1], ['adatvédelmi', 0.5],
  ]),
];
