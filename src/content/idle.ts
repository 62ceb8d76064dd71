/** Runs `task` when the page is idle (or soon, where requestIdleCallback is missing), unless `signal` aborts first. */
export function whenIdle(task: () => void, signal: AbortSignal, timeout = 1500): void {
  const run = () => {
    if (!signal.aborted) task();
  };
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    signal.addEventListener('abort', () => cancelIdleCallback(handle), { once: true });
  } else {
    const handle = setTimeout(run, 50);
    signal.addEventListener('abort', () => clearTimeout(handle), { once: true });
  }
}
