/**
 * Builds a CSS selector that finds the same element when the same HTML is
 * parsed again: a unique id if there is one, else a child path from the
 * nearest uniquely-id'd ancestor, with `:nth-of-type` at each step and a
 * class where it is stable. Every selector is verified against the document.
 */

/** Ids and classes that look generated (hashes, counters) change between page loads. */
const UNSTABLE_NAME = /\d{3,}|^[a-z]{1,3}-?(?=[a-z]*\d)[a-z0-9]{5,}$|[A-Z0-9]{6,}|^(ng|css|sc|jsx|svelte)-/;

/**
 * `CSS.escape` for identifiers (CSSOM §2.1.1), native where the engine has it;
 * jsdom and older engines lack the global. Shared by the detector and the picker.
 */
export function escapeIdentifier(name: string): string {
  const native = (globalThis as { CSS?: { escape?: (value: string) => string } }).CSS?.escape;
  if (native) return native(name);
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    const code = ch.charCodeAt(0);
    if (code === 0) out += '\ufffd';
    else if ((code >= 0x30 && code <= 0x39 && (i === 0 || (i === 1 && name[0] === '-'))) || (code >= 1 && code <= 0x1f) || code === 0x7f) {
      out += `\\${code.toString(16)} `;
    } else if (/[\w-]/.test(ch) || code >= 0x80) out += ch;
    else out += `\\${ch}`;
  }
  return name === '-' ? '\\-' : out;
}

function isUnique(root: ParentNode, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

function idSelector(element: Element): string | null {
  const id = element.getAttribute('id');
  if (!id || UNSTABLE_NAME.test(id)) return null;
  const selector = `#${escapeIdentifier(id)}`;
  return isUnique(element.ownerDocument, selector, element) ? selector : null;
}

function step(element: Element): string {
  const tag = element.localName;
  const stableClass = Array.from(element.classList).find((name) => !UNSTABLE_NAME.test(name) && !name.startsWith('plainsight'));
  let index = 1;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
    if (sibling.localName === tag) index++;
  }
  const classPart = stableClass ? `.${escapeIdentifier(stableClass)}` : '';
  return `${tag}${classPart}:nth-of-type(${index})`;
}

/** A selector matching exactly `element` in its document. */
export function cssSelectorFor(element: Element): string {
  const own = idSelector(element);
  if (own) return own;
  const steps: string[] = [];
  let current: Element | null = element;
  while (current) {
    if (current !== element) {
      const anchor = idSelector(current);
      if (anchor) {
        steps.unshift(anchor);
        break;
      }
    }
    if (current.localName === 'html' || current.localName === 'body') {
      steps.unshift(current.localName);
      break;
    }
    steps.unshift(step(current));
    current = current.parentElement;
  }
  return steps.join(' > ');
}
