/**
 * Turkish appeal wording. Dotless "ı" is written "i" (see `normalizeForPhrases`:
 * "BAĞIŞ" lower-cases to "bağiş", so page text is folded the same way).
 * "Destek", "bağış" and "abone" are everyday news words (state support, an
 * earthquake appeal, electricity subscribers): alone they weigh little; the
 * asks addressed to the reader ("destekleyin", "abone olun") weigh more.
 */
import { phrases } from './phrase-entry.js';

export const TR = [
  ...phrases('donation', [
    ['bizi destekleyin', 2], ['destek olun', 1.5], ['destekçi olun', 2], ['bağimsiz gazeteciliği destekleyin', 2],
    ['bağimsiz gazetecili*', 1], ['bağiş yapin', 2], ['bağiş*', 0.5], ['okur desteği*', 1.5], ['okurlarimizin desteği*', 1.5],
    ['desteğiniz*', 1], ['üye olun', 1.5], ['aylik destek', 1.5], ['tek seferlik', 0.5],
  ]),
  ...phrases('newsletter', [
    ['bültenimize abone olun', 2], ['bültene abone olun', 2], ['e-bülten*', 1.5], ['bülten*', 1], ['haber bülteni*', 1.5],
    ['e-posta adresiniz*', 1], ['e-posta adresinizi girin', 2], ['gelen kutunuza', 1.5], ['kaydolun', 1],
    ['abonelikten çikabilirsiniz', 1.5],
  ]),
  ...phrases('subscription', [
    ['abone olun', 1.5], ['hemen abone ol*', 2], ['zaten abone misiniz', 2], ['zaten aboneyim', 2], ['abonelere özel', 2],
    ['sadece abonelere', 2], ['dijital abonelik', 1.5], ['abonelik*', 0.5], ['aboneliğinizi başlatin', 2],
    ['okumaya devam etmek için', 1.5], ['ücretsiz makale hakkiniz*', 1.5],
  ]),
  ...phrases(null, [
    ['daha sonra hatirlat', 1.5], ['hayir, teşekkürler', 1], ['şimdi değil', 0.5], ['gizlilik politikasi', 0.5],
    ['kişisel verilerin korunmasi', 0.5], ['aydinlatma metni', 0.5],
  ]),
];
