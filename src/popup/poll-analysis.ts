/** Asks for the page state again while the content script is still analysing, up to `limit` times. */
import type { PageState } from '../shared/messages.js';

export async function pollWhileAnalyzing(getState: () => Promise<PageState>, first: PageState, intervalMs: number, limit: number): Promise<PageState> {
  let state = first;
  for (let poll = 0; state.status === 'analyzing' && poll < limit; poll += 1) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    state = await getState();
  }
  return state;
}
