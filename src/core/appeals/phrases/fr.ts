/** French appeal wording. */
import { phrases } from './phrase-entry.js';

export const FR = [
  ...phrases('donation', [
    ['faire un don', 2], ['soutenez-nous', 2], ['soutenez', 1], ['soutenir', 1], ['votre soutien', 1.5], ['don mensuel', 2],
    ['devenez membre', 1.5], ['faites un don', 2], ['journalisme indépendant', 1], ['mensuel', 0.5],
  ]),
  ...phrases('newsletter', [
    ['inscrivez-vous à notre newsletter', 2], ['lettre d\'information', 1.5], ['infolettre', 1.5], ['inscrivez-vous', 1],
    ['dans votre boîte mail', 1.5], ['dans votre boîte de réception', 2], ['boîte de réception', 1.5],
    ['votre adresse e-mail', 1], ['votre adresse email', 1], ['votre e-mail', 1], ['je m\'inscris', 1.5],
  ]),
  ...phrases('subscription', [
    ['abonnez-vous', 1.5], ['déjà abonné', 2], ['articles gratuits', 1.5], ['offre d\'abonnement', 2],
    ['réservé aux abonnés', 2], ['abonnement', 0.5], ['sans engagement', 1.5],
  ]),
  ...phrases(null, [
    ['plus tard', 0.5], ['non merci', 1], ['non, merci', 1], ['politique de confidentialité', 0.5],
  ]),
];
