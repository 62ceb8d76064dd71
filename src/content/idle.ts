/**
 * Running work when the page is idle, for everything the content script does
 * at page load or after mutations: requestIdleCallback where there is one
 * (Chrome, Firefox), else the next animation frame, else a short timeout
 * (jsdom, old engines).
 */

/** Schedules `callback`; returns a function that cancels it. */
export function scheduleIdle(view: Window | null, callback: () => void, timeout = 300): () => void {
  const host = view as (Window & typeof globalThis) | null;
  if (host && typeof host.requestIdleCallback === 'function') {
    const id = host.requestIdleCallback(callback, { timeout });
    return () => host.cancelIdleCallback(id);
  }
  if (host && typeof host.requestAnimationFrame === 'function') {
    const id = host.requestAnimationFrame(callback);
    return () => host.cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
}

/** Runs `task` at the next idle moment of `view`, unless `signal` aborts first. */
export function whenIdle(view: Window, task: () => void, signal: AbortSignal, timeout = 1500): void {
  const cancel = scheduleIdle(view, () => {
    if (!signal.aborted) task();
  }, timeout);
  signal.addEventListener('abort', cancel, { once: true });
}
