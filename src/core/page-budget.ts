/**
 * Limits beyond which Plainsight does not analyse a page, so a pathological
 * page never freezes a tab or the CLI. Readability's cost grows with element
 * count and, steeply, with nesting depth (a 200-level chain already takes
 * seconds under jsdom); real news pages stay far below both limits (the
 * readability test corpus peaks at ~10,000 elements and depth 38).
 */
export const MAX_PAGE_ELEMENTS = 60_000;
export const MAX_PAGE_DEPTH = 150;

/** Thrown by `analyzeDocument` for pages over budget; the message says which limit and why. */
export class PageTooLargeError extends Error {
  override name = 'PageTooLargeError';
}

/** Throws `PageTooLargeError` when the page is over budget. One pass, no recursion. */
export function assertWithinBudget(document: Document): void {
  const count = document.getElementsByTagName('*').length;
  if (count > MAX_PAGE_ELEMENTS) {
    throw new PageTooLargeError(`page too large: ${count} elements (Plainsight analyses pages up to ${MAX_PAGE_ELEMENTS})`);
  }
  const root = document.documentElement;
  if (!root) return;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_PAGE_DEPTH) {
      throw new PageTooLargeError(`page nested too deeply: over ${MAX_PAGE_DEPTH} levels (Plainsight analyses pages up to ${MAX_PAGE_DEPTH})`);
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}
