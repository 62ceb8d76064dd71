/**
 * Call-to-action evidence from where a link (or a form) sends the reader:
 * payment and newsletter providers, and appeal pages on the site itself
 * (`/donate`, `/newsletters/subscribe`, `/abo`, `/faire-un-don` …).
 */
import type { AppealKind } from '../types.js';
import { PROVIDER_HOSTS, providerOf } from './provider-hosts.js';


/**
 * Words in a URL path that name an appeal page. Slugs repeat headlines, so
 * words a headline uses ("doneren", "word lid", Ukrainian "pidtrymaty" as in
 * "ready to support Ukraine") are left out: a teaser would look like an ask.
 */
const PATH_TOKENS: Readonly<Record<string, AppealKind>> = {
  donate: 'donation', donation: 'donation', donations: 'donation', contribute: 'donation', contribution: 'donation',
  contributions: 'donation', supportus: 'donation', membership: 'donation', spenden: 'donation', unterstuetzen: 'donation',
  soutenir: 'donation', donar: 'donation', donacion: 'donation', donazione: 'donation', sostienici: 'donation',
  podderzhat: 'donation', patron: 'donation', socios: 'donation', sostenitori: 'donation', mitgliedschaft: 'donation',
  newsletter: 'newsletter', newsletters: 'newsletter', signup: 'newsletter', rassylka: 'newsletter', boletin: 'newsletter',
  subscribe: 'subscription', subscription: 'subscription', subscriptions: 'subscription', checkout: 'subscription',
  abo: 'subscription', abonnement: 'subscription', abonnieren: 'subscription', abbonati: 'subscription',
  abbonamento: 'subscription', suscripcion: 'subscription', suscribete: 'subscription', podpiska: 'subscription',
  paywall: 'subscription', apoie: 'donation', apoiar: 'donation', assine: 'subscription', assinatura: 'subscription',
  assinaturas: 'subscription', doneer: 'donation', steunons: 'donation',
  nieuwsbrief: 'newsletter', nieuwsbrieven: 'newsletter', abonneren: 'subscription', wesprzyj: 'donation', wplac: 'donation',
  prenumerata: 'subscription', subskrypcja: 'subscription', rozsylka: 'newsletter',
  peredplata: 'subscription', stodoss: 'donation', nyhetsbrev: 'newsletter', prenumerera: 'subscription',
  prenumeration: 'subscription', nyhedsbrev: 'newsletter', stottoss: 'donation', predplatne: 'subscription',
  podportenas: 'donation', ebulten: 'newsletter', destekol: 'donation', bagisyap: 'donation', aboneol: 'subscription',
  doneaza: 'donation', hirlevel: 'newsletter', tamogass: 'donation', suscripciones: 'subscription', abbonamenti: 'subscription',
  tilaa: 'subscription', uutiskirje: 'newsletter', uutiskirjeet: 'newsletter', lahjoita: 'donation',
};

/** Path words that sites write in two parts (`/support-us`, `/sign_up`); `classifyLinkTarget` joins neighbours. */
const SPLIT_PATH_WORDS: Readonly<Record<string, string>> = {
  supportus: 'support[^a-z0-9]*us', signup: 'sign[^a-z0-9]*up', steunons: 'steun[^a-z0-9]*ons',
  stodoss: 'stod[^a-z0-9]*oss', stottoss: 'stott[^a-z0-9]*oss', podportenas: 'podporte[^a-z0-9]*nas',
  destekol: 'destek[^a-z0-9]*ol', bagisyap: 'bagis[^a-z0-9]*yap', aboneol: 'abone[^a-z0-9]*ol',
};

/**
 * A quick test for an href (or form action) that may be an appeal target:
 * true for every one `classifyLinkTarget` classifies (and for some others).
 * The detector runs it on every link and classifies only where it says yes.
 */
const APPEAL_LINK_HINT = new RegExp(
  [
    ...Object.keys(PROVIDER_HOSTS).map((host) => host.replace(/\./g, '\\.')),
    '#/portal',
    'checkout\\.',
    // The classifier reads `ü` as `ue` (and decodes %-escapes), so `unterstützen` must pass as well.
    ...Object.keys(PATH_TOKENS).map((word) => SPLIT_PATH_WORDS[word] ?? word.replace(/ue/g, '(?:ue|ü|%c3%bc)')),
  ].join('|'),
);

/** Whether `href` may be an appeal target: always true when `classifyLinkTarget` would classify it. */
export function mayBeAppealTarget(href: string): boolean {
  // Lower-cased first: without the `i` flag the pattern is much cheaper on a cold page.
  return APPEAL_LINK_HINT.test(href.toLowerCase());
}

export interface LinkTarget {
  /** null for a sign-up that may be free or paid (Ghost's Portal): it adds to a kind the wording names. */
  kind: AppealKind | null;
  /** For the reason text: `link to patreon.com` or `link to a "donate" page`. */
  label: string;
  provider: boolean;
}

/**
 * Ghost's membership pop-up ("Portal") opens from fragment links on every
 * Ghost theme's "Subscribe" button: `#/portal/signup`, or `#/portal` (sign-up
 * for a visitor). Sign-in and account links are no appeal.
 */
const GHOST_PORTAL_SIGNUP = /#\/portal(?:\/|\/signup[^#]*)?$/;

const URL_PARTS = /^(?:([a-z][a-z0-9+.-]*):)?(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?/i;

/**
 * The kind of a site's own appeal subdomain: abo.spiegel.de, donate.propublica.org,
 * subscribe.wsj.com, newsletters.theatlantic.com, suscripciones.elpais.com. Only a
 * subdomain (three labels or more), named by an appeal word: "support." is mostly
 * customer help, and abo.fi is a university.
 */
function appealSubdomainKind(host: string): AppealKind | null {
  const labels = host.split('.');
  return labels.length >= 3 && Object.hasOwn(PATH_TOKENS, labels[0]!) ? PATH_TOKENS[labels[0]!]! : null;
}

/** What an href points at, or null when it is no appeal target. Pure string work, no URL parsing. */
export function classifyLinkTarget(href: string): LinkTarget | null {
  if (GHOST_PORTAL_SIGNUP.test(href.trim().toLowerCase())) return { kind: null, label: 'link to the Ghost sign-up', provider: false };
  const parts = URL_PARTS.exec(href.trim());
  if (!parts) return null;
  const scheme = parts[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return null;
  const host = (parts[2] ?? '').toLowerCase().replace(/^.*@/, '').replace(/:\d+$/, '');
  const provider = providerOf(host);
  if (provider) return { kind: PROVIDER_HOSTS[provider]!, label: `link to ${provider}`, provider: true };
  if (host.startsWith('checkout.')) return { kind: 'subscription', label: `link to ${host}`, provider: true };
  const site = appealSubdomainKind(host);
  if (site) return { kind: site, label: `link to ${host}`, provider: false };
  let path = parts[3] ?? '';
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the raw path: a malformed escape is no reason to drop the link.
  }
  const words = path.toLowerCase().replace(/ü/g, 'ue').split(/[^a-z0-9а-я]+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const joined = word + (words[i + 1] ?? '');
    const kind = PATH_TOKENS[joined] ?? PATH_TOKENS[word];
    if (kind) return { kind, label: `link to a "${PATH_TOKENS[joined] ? joined : word}" page`, provider: false };
  }
  return null;
}
