/**
 * Limits beyond which the content script does not analyse a page at all, so a
 * pathological page (hundreds of thousands of elements, absurd nesting) never
 * freezes the tab. The popup says why instead.
 */
export const MAX_PAGE_ELEMENTS = 150_000;
export const MAX_PAGE_DEPTH = 1_500;

/** Returns a reason to give up, or null when the page is within budget. */
export function pageOverBudget(document: Document): string | null {
  const count = document.getElementsByTagName('*').length;
  if (count > MAX_PAGE_ELEMENTS) return `The page has ${count.toLocaleString('en')} elements; Plainsight skips pages over ${MAX_PAGE_ELEMENTS.toLocaleString('en')}.`;
  if (depthExceeds(document.body, MAX_PAGE_DEPTH)) return `The page nests elements over ${MAX_PAGE_DEPTH} levels deep; Plainsight skips it.`;
  return null;
}

/** Walks down the first-child/last-child spine cheaply; deep nesting is almost always a single chain. */
function depthExceeds(root: Element | null, limit: number): boolean {
  for (const pick of [(e: Element) => e.firstElementChild, (e: Element) => e.lastElementChild]) {
    let depth = 0;
    for (let node = root; node; node = pick(node)) if (++depth > limit) return true;
  }
  return false;
}
