/**
 * Slovak appeal wording; stems (`*`) cover case endings. "Podpora" (state
 * support) and "predplatné" (a phone plan) are everyday news words, so only
 * the asks addressed to the reader weigh much.
 */
import { phrases } from './phrase-entry.js';

export const SK = [
  ...phrases('donation', [
    ['podporte nás', 2], ['podporte', 1.5], ['podporte nezávislú žurnalistiku', 2], ['nezávisl* žurnalistik*', 1],
    ['vaša podpora', 1], ['darujte', 1.5], ['prispejte', 1.5], ['staňte sa členom', 1.5], ['mesačn*', 0.5],
  ]),
  ...phrases('newsletter', [
    ['prihláste sa na odber', 2], ['odber newslettera', 2], ['do vašej schránky', 1.5], ['do vašej e-mailovej schránky', 2],
    ['váš e-mail', 1], ['e-mailov* adres*', 0.5], ['odhlásiť sa môžete kedykoľvek', 1.5],
  ]),
  ...phrases('subscription', [
    ['predplaťte si', 2], ['kúpte si predplatné', 2], ['už máte predplatné', 2], ['iba pre predplatiteľov', 2],
    ['pre predplatiteľov', 1.5], ['predplatné', 0.5], ['zrušiť kedykoľvek', 1.5],
  ]),
  ...phrases(null, [
    ['pripomenúť neskôr', 1.5], ['nie, ďakujem', 1], ['teraz nie', 0.5], ['ochrana osobných údajov', 0.5],
  ]),
];
