/**
 * Services whose only business on a news page is taking money or e-mail
 * addresses: a link, a form or an embed pointing at one is a call to
 * action. Crowdfunding sites for third parties (GoFundMe, Ulule, Zrzutka)
 * are left out on purpose: articles cite their campaigns ("neighbours set
 * up a GoFundMe"), and the site asking for itself is what we hide.
 */
import type { AppealKind } from '../types.js';

/** Host suffixes, sorted (a unit test checks the order and the host syntax). */
export const PROVIDER_HOSTS: Readonly<Record<string, AppealKind>> = {
  'beehiiv.com': 'newsletter',
  'betterplace.org': 'donation',
  'boosty.to': 'donation',
  'buttondown.com': 'newsletter',
  'buttondown.email': 'newsletter',
  'buycoffee.to': 'donation',
  'buymeacoffee.com': 'donation',
  'campaign-archive.com': 'newsletter',
  'ck.page': 'newsletter',
  'cloudtips.ru': 'donation',
  'convertkit.com': 'newsletter',
  'createsend.com': 'newsletter',
  'donorbox.org': 'donation',
  'eepurl.com': 'newsletter',
  'emailoctopus.com': 'newsletter',
  'givebutter.com': 'donation',
  'givelively.org': 'donation',
  'helloasso.com': 'donation',
  'kmail-lists.com': 'newsletter',
  'ko-fi.com': 'donation',
  'laterpay.net': 'subscription',
  'liberapay.com': 'donation',
  'list-manage.com': 'newsletter',
  'mailchi.mp': 'newsletter',
  'mailerlite.com': 'newsletter',
  'memberful.com': 'subscription',
  'opencollective.com': 'donation',
  'patreon.com': 'donation',
  'patronite.pl': 'donation',
  'paypal.com': 'donation',
  'paypal.me': 'donation',
  'send.monobank.ua': 'donation',
  'sibforms.com': 'newsletter',
  'steady.page': 'donation',
  'steadyhq.com': 'donation',
  'substack.com': 'newsletter',
  'tinypass.com': 'subscription',
  'tinypay.co': 'donation',
  'tipeee.com': 'donation',
};

/** The PROVIDER_HOSTS suffix `host` (lower-case, no port) ends with, or null. */
export function providerOf(host: string): string | null {
  for (let dot = 0; dot !== -1; dot = host.indexOf('.', dot + 1)) {
    const suffix = dot === 0 ? host : host.slice(dot + 1);
    if (suffix in PROVIDER_HOSTS) return suffix;
    if (dot === 0 && host.indexOf('.') === -1) break;
  }
  return null;
}
