/**
 * The key under which per-site settings are stored: the hostname without a
 * leading "www.", lower-cased. "https://www.nytimes.com/x" → "nytimes.com".
 * Returns null for pages that are not http(s) (the browser's own pages,
 * extension pages, file: URLs), where Plainsight never runs.
 */
export function siteKeyFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (!host) return null;
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** A site key as typed by a user or read from an imported file: a plain hostname. */
export function isValidSiteKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(value) && !value.startsWith('www.');
}
