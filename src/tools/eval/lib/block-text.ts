/**
 * Text of an HTML fragment that respects block boundaries, so the last word
 * of one paragraph never glues onto the first word of the next
 * ("…end.</p><p>Next…" → "end." / "Next"). Used for the expected article
 * (`expected.html`), independently of the engine's own block collector so the
 * reference does not inherit the engine's choices.
 */

/** Elements that start a new line of text (HTML's block-level and table elements). */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH',
  'THEAD', 'TR', 'UL', 'LABEL', 'OPTION', 'LEGEND',
]);

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Form controls. A block inside a form, or beside a form control (same parent),
 * is a sign-up box's label, not article prose: Readability keeps such boxes
 * (e.g. a heading plus a `<label>` for the e-mail field) in its output.
 */
const FORM_TAGS = new Set(['FORM', 'INPUT', 'LABEL', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** One line of block text. */
export interface TextLine {
  text: string;
  /** True when the line's block is inside a form or beside a form control (a sign-up box). */
  inForm: boolean;
}

/** The lines of text of `root`, one per block, whitespace-collapsed, empty lines dropped. */
export function blockLines(root: Node): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  let currentInForm = false;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, inForm: currentInForm });
    current = '';
    currentInForm = false;
  };
  // `inForm`: inside a <form> or <label>; `beside`: the innermost block sits beside a form control.
  const walk = (node: Node, inForm: boolean, beside: boolean) => {
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim()) currentInForm ||= inForm || beside;
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    const childInForm = inForm || tag === 'FORM' || tag === 'LABEL';
    const childBeside = block ? besideFormControl(node as Element) : beside;
    for (const child of Array.from(node.childNodes)) walk(child, childInForm, childBeside);
    if (block) flush();
  };
  walk(root, false, false);
  flush();
  return lines;
}

/** Block text of `root`: its lines joined by newlines. */
export function blockText(root: Node): string {
  return blockLines(root).map((line) => line.text).join('\n');
}

/** Whether the element or its parent has a form control as a direct child. */
function besideFormControl(element: Element): boolean {
  const hasControlChild = (parent: Element | null) =>
    parent !== null && Array.from(parent.children).some((child) => FORM_TAGS.has(child.tagName.toUpperCase()));
  return hasControlChild(element) || hasControlChild(element.parentElement);
}
