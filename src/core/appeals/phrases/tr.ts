/**
 * Turkish appeal wording. Dotted and dotless i are matched as one (see
 * `phrase-text.ts`: "BAĞIŞ" lower-cases to "bağiş"). "Destek", "bağış" and
 * "abone" are everyday news words (state support, an earthquake appeal,
 * electricity subscribers): alone they weigh little; the asks addressed to the
 * reader ("destekleyin", "abone olun") weigh more.
 */
import { phrases } from './phrase-entry.js';

export const TR = [
  ...phrases('donation', [
    ['bizi destekleyin', 2], ['destek olun', 1.5], ['destekçi olun', 2], ['bağımsız gazeteciliği destekleyin', 2],
    ['bağımsız gazetecili*', 1], ['bağış yapın', 2], ['bağış*', 0.5], ['okur desteği*', 1.5], ['okurlarımızın desteği*', 1.5],
    ['desteğiniz*', 1], ['üye olun', 1.5], ['aylık destek', 1.5], ['tek seferlik', 0.5],
  ]),
  ...phrases('newsletter', [
    ['bültenimize abone olun', 2], ['bültene abone olun', 2], ['e-bülten*', 1.5], ['bülten*', 1], ['haber bülteni*', 1.5],
    ['e-posta adresiniz*', 1], ['e-posta adresinizi girin', 2], ['gelen kutunuza', 1.5], ['kaydolun', 1],
    ['abonelikten çıkabilirsiniz', 1.5],
  ]),
  ...phrases('subscription', [
    ['abone olun', 1.5], ['hemen abone ol*', 2], ['zaten abone misiniz', 2], ['zaten aboneyim', 2], ['abonelere özel', 2],
    ['sadece abonelere', 2], ['dijital abonelik', 1.5], ['abonelik*', 0.5], ['aboneliğinizi başlatın', 2],
    ['okumaya devam etmek için', 1.5], ['ücretsiz makale hakkınız*', 1.5],
  ]),
  ...phrases(null, [
    ['daha sonra hatırlat', 1.5], ['hayır, teşekkürler', 1], ['şimdi değil', 0.5], ['gizlilik politikası', 0.5],
    ['kişisel verilerin korunması', 0.5], ['aydınlatma metni', 0.5],
  ]),
];
