/**
 * Whether a user rule selector is safe to put into Plainsight's stylesheet as
 * `<selector>{display:none!important}`. It must parse as a selector, and must
 * not be able to end the rule early or swallow the rules after it (braces,
 * semicolons, at-rules, comments, unterminated strings or escapes), because
 * rules come from the picker and from imported files.
 */
export function isSafeSelector(selector: string, document: Document | undefined = globalThis.document): boolean {
  if (!selector.trim() || selector.length > 500) return false;
  if (/[{};@]|\/\*|\\$|[\n\r\f]/.test(selector)) return false;
  if (!quotesBalanced(selector)) return false;
  if (!document) return true;
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

function quotesBalanced(selector: string): boolean {
  let open: string | null = null;
  for (let i = 0; i < selector.length; i += 1) {
    const char = selector[i];
    if (char === '\\') {
      i += 1;
      continue;
    }
    if (open) {
      if (char === open) open = null;
    } else if (char === '"' || char === "'") {
      open = char;
    }
  }
  return open === null;
}
