/**
 * Pages where no extension may run a content script: the browser's own pages,
 * the add-on stores, the built-in PDF viewer, local files and view-source.
 * Decided from the tab URL, because the content-script message simply fails there.
 */
export type RestrictedReason = 'browser-page' | 'store' | 'pdf' | 'file' | 'view-source';

/** Hosts where browsers forbid extensions from touching the page. */
const STORE_HOSTS: readonly string[] = [
  'chromewebstore.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
];

export function restrictedReason(url: string | null): RestrictedReason | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol === 'view-source:') return 'view-source';
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  const host = parsed.hostname.toLowerCase();
  if (STORE_HOSTS.includes(host) || (host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore'))) return 'store';
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}
