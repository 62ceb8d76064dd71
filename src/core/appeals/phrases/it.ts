/** Italian appeal wording. */
import { phrases } from './phrase-entry.js';

export const IT = [
  ...phrases('donation', [
    ['sostienici', 2], ['sostieni', 1], ['fai una donazione', 2], ['donazion*', 1.5], ['il tuo sostegno', 1.5],
    ['diventa socio', 1.5], ['giornalismo indipendente', 1], ['mensile', 0.5], ['una tantum', 1],
  ]),
  ...phrases('newsletter', [
    ['iscriviti alla newsletter', 2], ['iscriviti', 1], ['nella tua casella', 1.5], ['la tua email', 1],
    ['il tuo indirizzo email', 1], ['indirizzo email', 0.5], ['ricevi ogni', 1],
  ]),
  ...phrases('subscription', [
    ['abbonati', 1.5], ['sei già abbonato', 2], ['abbonamento', 1], ['articoli gratuiti', 1.5], ['solo per gli abbonati', 2],
    ['disdici quando vuoi', 1.5],
  ]),
  ...phrases(null, [
    ['ricordamelo più tardi', 1.5], ['no grazie', 1], ['no, grazie', 1], ['informativa sulla privacy', 0.5],
  ]),
];
