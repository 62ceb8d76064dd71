/**
 * Norwegian (Bokmål) appeal wording: close to Danish, and the same shape of
 * asks (paywalls first, newsletters, rare donation appeals). "Støtte" is
 * everyday news vocabulary, so only "støtt oss" is an ask.
 */
import { phrases } from './phrase-entry.js';

export const NB = [
  ...phrases('donation', [
    ['støtt oss', 1.5], ['støtt vår journalistikk', 2], ['uavhengig journalistikk', 1], ['bli medlem', 1.5],
    ['ditt bidrag', 1], ['gi et bidrag', 2], ['gi en gave', 2], ['månedlig', 0.5],
  ]),
  ...phrases('newsletter', [
    ['nyhetsbrev*', 1], ['meld deg på nyhetsbrevet', 2], ['meld deg på vårt nyhetsbrev', 2], ['meld deg på', 1],
    ['i innboksen din', 1.5], ['din e-postadresse', 1], ['e-postadresse', 0.5],
  ]),
  ...phrases('subscription', [
    ['bli abonnent', 2], ['kjøp abonnement', 2], ['allerede abonnent', 2], ['kun for abonnenter', 2], ['for abonnenter', 1.5],
    ['digitalt abonnement', 1.5], ['ingen binding', 1.5], ['si opp når du vil', 1.5],
  ]),
  ...phrases(null, [
    ['påminn meg senere', 1.5], ['nei takk', 1], ['ikke nå', 0.5], ['personvernerklæring', 0.5],
  ]),
];
