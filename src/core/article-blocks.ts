/**
 * Turns an article element (Readability's output, or any container) into an
 * ordered list of text blocks. Later stages need to know what a block is:
 * the summariser skips headings and captions, the quote finder follows
 * paragraphs in order.
 */
import { collapseWhitespace } from './text-utils.js';

export type BlockKind = 'paragraph' | 'heading' | 'caption' | 'list-item' | 'blockquote' | 'preformatted';

export interface ArticleBlock {
  kind: BlockKind;
  text: string;
}

const KIND_BY_TAG: Record<string, BlockKind> = {
  P: 'paragraph',
  H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading',
  FIGCAPTION: 'caption', CAPTION: 'caption',
  LI: 'list-item', DT: 'list-item', DD: 'list-item',
  BLOCKQUOTE: 'blockquote',
  PRE: 'preformatted',
};

/** Containers whose own loose text (not inside a block child) still forms a paragraph. */
const LOOSE_TEXT_CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'TH', 'BODY', 'FIGURE']);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Collects the text blocks of `root` in document order. */
export function collectBlocks(root: Element): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  visit(root, blocks);
  return blocks.filter((block) => block.text.length > 0);
}

function visit(element: Element, out: ArticleBlock[]): void {
  if (isCaptionByName(element)) {
    out.push({ kind: 'caption', text: collapseWhitespace(element.textContent ?? '') });
    return;
  }
  const kind = KIND_BY_TAG[element.tagName.toUpperCase()];
  // A block whose children are themselves blocks (a blockquote of paragraphs,
  // a list item holding a nested list) is split, so no text is counted twice.
  if (kind && !hasBlockChild(element)) {
    out.push({ kind, text: collapseWhitespace(element.textContent ?? '') });
    return;
  }
  let loose = '';
  const flushLoose = () => {
    const text = collapseWhitespace(loose);
    if (text) out.push({ kind: kind ?? 'paragraph', text });
    loose = '';
  };
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === 3) {
      loose += child.textContent ?? '';
    } else if (child.nodeType === 1) {
      const childElement = child as Element;
      const tag = childElement.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        loose += '\n';
      } else if (isBlock(childElement)) {
        flushLoose();
        visit(childElement, out);
      } else {
        loose += childElement.textContent ?? '';
      }
    }
  }
  if (kind || LOOSE_TEXT_CONTAINERS.has(element.tagName.toUpperCase()) || loose.trim()) flushLoose();
}

/** Class or id words of caption and credit elements that are not `<figcaption>` (`wp-caption-text`, `image-credit`, `photoCaption`). */
const CAPTION_NAME = /(?:^|[^a-z])(?:caption|credits?)(?:[^a-z]|$)|[a-z](?:Caption|Credits?)(?:[^a-z]|$)/;
/** A caption is a line or two; an element so named that holds more is a wrapper (an image-and-text module). */
const MAX_CAPTION_CHARS = 400;

/**
 * A caption or credit by its name. Readability keeps these when they sit in
 * a `<div>` or `<p>` (it is run with `keepClasses` so the names survive).
 */
function isCaptionByName(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!CAPTION_NAME.test(names)) return false;
  return (element.textContent ?? '').length <= MAX_CAPTION_CHARS && !element.querySelector('p p, h1, h2, h3, ul, ol, blockquote');
}

function isBlock(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return tag in KIND_BY_TAG || LOOSE_TEXT_CONTAINERS.has(tag) || BLOCK_WRAPPERS.has(tag);
}

const BLOCK_WRAPPERS = new Set(['UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FORM', 'FIELDSET', 'DETAILS', 'SUMMARY', 'HR']);

function hasBlockChild(element: Element): boolean {
  for (const child of Array.from(element.children)) if (isBlock(child)) return true;
  return false;
}

/** Joins blocks into the article text reported to users: paragraphs separated by blank lines. */
export function blocksToText(blocks: readonly ArticleBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}
