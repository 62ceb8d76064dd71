/**
 * Runs work when the page is idle: requestIdleCallback where there is one
 * (Chrome, Firefox), else the next animation frame, else a short timeout
 * (jsdom, old engines). Returns a cancel function.
 */
export function scheduleIdle(view: Window | null, callback: () => void): () => void {
  const host = view as (Window & typeof globalThis) | null;
  if (host && typeof host.requestIdleCallback === 'function') {
    const id = host.requestIdleCallback(callback, { timeout: 300 });
    return () => host.cancelIdleCallback(id);
  }
  if (host && typeof host.requestAnimationFrame === 'function') {
    const id = host.requestAnimationFrame(callback);
    return () => host.cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}
