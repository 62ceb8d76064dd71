/** Spanish appeal wording. */
import { phrases } from './phrase-entry.js';

export const ES = [
  ...phrases('donation', [
    ['haz una donación', 2], ['donación', 1.5], ['dona ahora', 2], ['apóyanos', 2], ['apoya el periodismo', 2],
    ['tu apoyo', 1], ['hazte socio', 2], ['hazte socia', 2], ['periodismo independiente', 1], ['mensual', 0.5],
  ]),
  ...phrases('newsletter', [
    ['suscríbete a nuestro boletín', 2], ['boletín', 1], ['en tu bandeja de entrada', 2], ['en tu correo', 1.5],
    ['tu correo electrónico', 1], ['correo electrónico', 0.5], ['recibe nuestro', 1],
  ]),
  ...phrases('subscription', [
    ['suscríbete', 1], ['ya eres suscriptor', 2], ['artículos gratis', 1.5], ['artículos gratuitos', 1.5],
    ['suscripción', 1], ['suscripción digital', 1.5], ['cancela cuando quieras', 1.5], ['solo para suscriptores', 2],
  ]),
  ...phrases(null, [
    ['recordármelo más tarde', 1.5], ['no, gracias', 1], ['no gracias', 1], ['ahora no', 0.5], ['política de privacidad', 0.5],
  ]),
];
