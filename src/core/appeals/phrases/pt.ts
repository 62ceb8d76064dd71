/**
 * Portuguese appeal wording (Brazil and Portugal). "Assinatura" and "assine"
 * also mean the signing of a deal ("a assinatura do acordo"), so alone they
 * are weak hints.
 */
import { phrases } from './phrase-entry.js';

export const PT = [
  ...phrases('donation', [
    ['apoie o jornalismo', 2], ['apoie o nosso jornalismo', 2], ['apoie nosso jornalismo', 2], ['apoie-nos', 2],
    ['faça uma doação', 2], ['faça uma contribuição', 2], ['doação', 1.5], ['doe agora', 2], ['seja apoiador', 2],
    ['seja um apoiador', 2], ['torne-se membro', 1.5], ['o seu apoio', 1], ['seu apoio', 1], ['jornalismo independente', 1],
    ['mensal', 0.5],
  ]),
  ...phrases('newsletter', [
    ['assine a nossa newsletter', 2], ['assine nossa newsletter', 2], ['receba a newsletter', 2], ['inscreva-se', 1],
    ['cadastre-se', 1], ['no seu e-mail', 1.5], ['no seu email', 1.5], ['na sua caixa de entrada', 2], ['seu e-mail', 1],
    ['seu email', 1], ['boletim', 1],
  ]),
  ...phrases('subscription', [
    ['assine', 0.5], ['assine já', 1.5], ['assine agora', 1.5], ['assinatura', 0.5], ['assinatura digital', 1.5],
    ['já é assinante', 2], ['já sou assinante', 2], ['exclusivo para assinantes', 2], ['para assinantes', 1],
    ['cancele quando quiser', 1.5], ['matérias gratuitas', 1.5], ['reportagens gratuitas', 1.5], ['você atingiu o limite', 2],
  ]),
  ...phrases(null, [
    ['lembrar mais tarde', 1.5], ['agora não', 0.5], ['não, obrigado', 1], ['não obrigado', 1], ['política de privacidade', 0.5],
  ]),
];
