/**
 * Czech appeal wording; stems (`*`) cover case endings. "Podpora" and
 * "příspěvek" are everyday news words (state support, a social-media post),
 * so only the asks addressed to the reader weigh much.
 */
import { phrases } from './phrase-entry.js';

export const CS = [
  ...phrases('donation', [
    ['podpořte nás', 2], ['podpořte', 1.5], ['podpořte nezávislou žurnalistiku', 2], ['nezávisl* žurnalistik*', 1],
    ['vaše podpora', 1], ['darujte', 1.5], ['přispějte', 1.5], ['staňte se členem', 1.5], ['měsíčn*', 0.5],
  ]),
  ...phrases('newsletter', [
    ['přihlaste se k odběru', 2], ['odběr newsletteru', 2], ['do vaší schránky', 1.5], ['do vaší e-mailové schránky', 2],
    ['váš e-mail', 1], ['e-mailov* adres*', 0.5], ['odhlásit se můžete kdykoli', 1.5],
  ]),
  ...phrases('subscription', [
    ['předplaťte si', 2], ['kupte si předplatné', 2], ['už máte předplatné', 2], ['pouze pro předplatitele', 2],
    ['pro předplatitele', 1.5], ['předplatné', 0.5], ['zrušit kdykoli', 1.5],
  ]),
  ...phrases(null, [
    ['připomenout později', 1.5], ['ne, děkuji', 1], ['teď ne', 0.5], ['zásady ochrany osobních údajů', 0.5],
  ]),
];
