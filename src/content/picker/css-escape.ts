/**
 * `CSS.escape` (CSSOM §2.1.1), with a fallback for environments without it
 * (jsdom). https://drafts.csswg.org/cssom/#serialize-an-identifier
 */
export function cssEscape(value: string): string {
  const native = (globalThis as { CSS?: { escape?: (v: string) => string } }).CSS?.escape;
  if (native) return native(value);
  let out = '';
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i]!;
    const code = value.charCodeAt(i);
    if (code === 0) out += '\uFFFD';
    else if ((code >= 0x1 && code <= 0x1f) || code === 0x7f) out += `\\${code.toString(16)} `;
    else if (/[0-9]/.test(char) && (i === 0 || (i === 1 && value[0] === '-'))) out += `\\${code.toString(16)} `;
    else if (i === 0 && char === '-' && value.length === 1) out += '\\-';
    else if (code >= 0x80 || /[a-zA-Z0-9_-]/.test(char)) out += char;
    else out += `\\${char}`;
  }
  return out;
}
