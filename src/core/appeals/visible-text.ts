/**
 * How the detector reads a page: which elements it skips (scripts, styles and
 * the like), which tags are blocks, and the text a reader actually sees.
 */

export const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'META', 'LINK', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);
export const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY']);

/** Text as a reader sees it: like `textContent`, without script, style and similar contents. */
export function visibleText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (SKIPPED.has(tag)) continue;
      // Blocks and line breaks separate words even when the markup has no space between them.
      text += BLOCK_TAGS.has(tag) || tag === 'BR' ? ` ${visibleText(child as Element)} ` : visibleText(child as Element);
    }
  }
  return text;
}
