/**
 * Attribute evidence: words hidden in class, id, data-* and aria attributes.
 * Names are split on camelCase, kebab, snake and BEM separators, so
 * `c-newsletter--promo`, `EmailOptin` and `mc_embed_signup` all yield words.
 */
import type { PhraseKind } from './phrases/phrase-entry.js';

interface TokenRule {
  kind: PhraseKind;
  weight: number;
}

/** Token → kind and weight. Neutral tokens only strengthen a kind indicated elsewhere. */
const TOKEN_RULES: Readonly<Record<string, TokenRule>> = {
  contribute: { kind: 'donation', weight: 1.5 }, contribution: { kind: 'donation', weight: 1.5 },
  contributions: { kind: 'donation', weight: 1.5 }, donate: { kind: 'donation', weight: 2 },
  donation: { kind: 'donation', weight: 2 }, donations: { kind: 'donation', weight: 2 },
  fundraising: { kind: 'donation', weight: 1.5 }, patreon: { kind: 'donation', weight: 2 },
  supportus: { kind: 'donation', weight: 1.5 }, membership: { kind: 'donation', weight: 1 },
  tipjar: { kind: 'donation', weight: 1.5 }, spenden: { kind: 'donation', weight: 1.5 }, socios: { kind: 'donation', weight: 1.5 },
  dons: { kind: 'donation', weight: 1 }, sostienici: { kind: 'donation', weight: 1.5 }, boletin: { kind: 'newsletter', weight: 1.5 },
  epic: { kind: 'donation', weight: 0.5 },
  newsletter: { kind: 'newsletter', weight: 2 }, newsletters: { kind: 'newsletter', weight: 1.5 },
  signup: { kind: 'newsletter', weight: 1 }, optin: { kind: 'newsletter', weight: 1.5 },
  mailchimp: { kind: 'newsletter', weight: 2 }, mc: { kind: 'newsletter', weight: 0.5 },
  emailcapture: { kind: 'newsletter', weight: 2 }, subscribe: { kind: 'newsletter', weight: 1 },
  jetpack: { kind: 'newsletter', weight: 0.5 }, mailinglist: { kind: 'newsletter', weight: 1.5 },
  paywall: { kind: 'subscription', weight: 2 }, regwall: { kind: 'subscription', weight: 2 },
  subscription: { kind: 'subscription', weight: 1.5 }, subscriptions: { kind: 'subscription', weight: 1.5 },
  upsell: { kind: 'subscription', weight: 1.5 }, metered: { kind: 'subscription', weight: 1.5 },
  meter: { kind: 'subscription', weight: 1 }, tinypass: { kind: 'subscription', weight: 1.5 },
  piano: { kind: 'subscription', weight: 0.5 }, abo: { kind: 'subscription', weight: 1 },
  // Local words, and the names newsletter and paywall vendors give their widgets (`formkit-form`, `#poool-widget`,
  // Piano's `tp-modal`). Paywall vendors also run registration walls and surveys: weak hints only.
  nieuwsbrief: { kind: 'newsletter', weight: 2 }, nyhetsbrev: { kind: 'newsletter', weight: 2 },
  bulten: { kind: 'newsletter', weight: 1.5 }, ebulten: { kind: 'newsletter', weight: 2 }, bagis: { kind: 'donation', weight: 1.5 },
  abonelik: { kind: 'subscription', weight: 1.5 }, hirlevel: { kind: 'newsletter', weight: 2 }, donatie: { kind: 'donation', weight: 1.5 },
  uutiskirje: { kind: 'newsletter', weight: 2 },
  mailpoet: { kind: 'newsletter', weight: 2 }, formkit: { kind: 'newsletter', weight: 1.5 },
  buttondown: { kind: 'newsletter', weight: 1.5 }, beehiiv: { kind: 'newsletter', weight: 1.5 },
  klaviyo: { kind: 'newsletter', weight: 1 }, poool: { kind: 'subscription', weight: 1 },
  laterpay: { kind: 'subscription', weight: 1 }, zephr: { kind: 'subscription', weight: 0.5 },
  tpmodal: { kind: 'subscription', weight: 0.5 },
  promo: { kind: null, weight: 1 }, cta: { kind: null, weight: 1 }, modal: { kind: null, weight: 0.5 },
  popup: { kind: null, weight: 0.5 }, overlay: { kind: null, weight: 0.5 }, interstitial: { kind: null, weight: 1 },
  banner: { kind: null, weight: 0.5 }, sticky: { kind: null, weight: 0.5 }, nag: { kind: null, weight: 1 },
};

/** Word pairs that sites split apart (`sign-up`, `opt_in`, `support-us`), as [first, second]. */
const SPLIT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['sign', 'up'], ['opt', 'in'], ['support', 'us'], ['e', 'mail'], ['tip', 'jar'], ['mailing', 'list'], ['email', 'capture'],
  ['tp', 'modal'],
];
const JOINED_PAIRS = new Set(SPLIT_PAIRS.map(([first, second]) => first + second));

/** Class names repeat across a page; splitting each distinct value once keeps the scan cheap. */
const splitCache = new Map<string, string[]>();
const SPLIT_CACHE_LIMIT = 5000;

function cachedTokens(value: string): string[] {
  let tokens = splitCache.get(value);
  if (!tokens) {
    if (splitCache.size >= SPLIT_CACHE_LIMIT) splitCache.clear();
    tokens = splitTokens(value);
    splitCache.set(value, tokens);
  }
  return tokens;
}

/** Splits an attribute value into lower-case words, adding joined pairs. */
export function splitTokens(value: string): string[] {
  const words = value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    .filter(Boolean);
  const tokens = [...words];
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = words[i]! + words[i + 1]!;
    if (JOINED_PAIRS.has(pair)) tokens.push(pair);
  }
  return tokens;
}

/** Whether a word names an appeal kind (not just a generic "promo" or "modal"). */
export function isAppealToken(token: string): boolean {
  return TOKEN_RULES[token]?.kind != null;
}

export interface TokenHit {
  token: string;
  attribute: string;
  rule: TokenRule;
}

/** Attribute values longer than this are data blobs (JSON, URLs), not names. */
const MAX_VALUE_LENGTH = 80;

/** A token as a case-insensitive substring pattern, its joined pairs allowed apart (`sign-up`, `signUp`, `sign up`). */
function tokenHintSource(token: string): string {
  const pair = SPLIT_PAIRS.find(([first, second]) => first + second === token);
  return pair ? `${tokenHintSource(pair[0])}[^a-z0-9]*${tokenHintSource(pair[1])}` : token;
}

/**
 * A quick test for a lower-cased class or id that may hold a token of
 * TOKEN_RULES: true for every value whose tokens include one (it looks for each token as a
 * substring, so it also says yes to some values that do not). Most elements
 * of a page fail it, and are never split into words.
 */
const TOKEN_HINT = new RegExp(Object.keys(TOKEN_RULES).map((token) => tokenHintSource(token)).join('|'));

const NO_HITS: readonly TokenHit[] = [];

/** Appeal tokens on the element's own attributes, each token once. */
export function attributeTokenHits(element: Element): readonly TokenHit[] {
  // This runs on every element of the page: many have no attributes at all, most of the others only
  // names that hold no token. Nothing is allocated for those, and class and id are split only after the
  // quick hint test says they may hold a token.
  if (!element.hasAttributes()) return NO_HITS;
  let namesMayHit: boolean | undefined;
  let hits: TokenHit[] | null = null;
  let seen: Set<string> | null = null;
  // getAttributeNames() returns plain strings: much cheaper than walking Attr objects on every element.
  for (const name of element.getAttributeNames()) {
    const isData = name.startsWith('data-');
    if (!isData && name !== 'aria-label') {
      if (name !== 'class' && name !== 'id') continue;
      namesMayHit ??= mayHoldToken(element.getAttribute('class')) || mayHoldToken(element.getAttribute('id'));
      if (!namesMayHit) continue;
    }
    const value = element.getAttribute(name) ?? '';
    const sources = isData ? [name.slice(5), value] : [value];
    for (const source of sources) {
      if (source.length > MAX_VALUE_LENGTH) continue;
      for (const token of cachedTokens(source)) {
        const rule = TOKEN_RULES[token];
        if (!rule || (seen ??= new Set()).has(token)) continue;
        seen.add(token);
        (hits ??= []).push({ token, attribute: isData ? 'data' : name, rule });
      }
    }
  }
  return hits ?? NO_HITS;
}

/** Lower-cased first: a pattern without the `i` flag is much cheaper to compile and run on a cold page. */
function mayHoldToken(value: string | null): boolean {
  return value !== null && TOKEN_HINT.test(value.toLowerCase());
}
