/**
 * Notices single-page-app navigations (history.pushState/replaceState, which a
 * content script cannot hook from its isolated world, and back/forward), so
 * the new article is analysed and the old results dropped.
 */
const CHECK_INTERVAL_MS = 1000;

export function watchNavigation(window: Window, onNavigate: () => void, signal: AbortSignal): void {
  let lastUrl = withoutHash(window.location.href);
  const check = () => {
    const url = withoutHash(window.location.href);
    if (url === lastUrl) return;
    lastUrl = url;
    onNavigate();
  };
  window.addEventListener('popstate', check, { signal });
  const timer = window.setInterval(check, CHECK_INTERVAL_MS);
  signal.addEventListener('abort', () => window.clearInterval(timer), { once: true });
}

function withoutHash(url: string): string {
  const index = url.indexOf('#');
  return index === -1 ? url : url.slice(0, index);
}
