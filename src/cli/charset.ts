/**
 * Decodes the bytes of an HTML file the way a browser would, simplified:
 * a byte-order mark wins, then a <meta charset> / http-equiv declaration in
 * the first 1024 bytes, then UTF-8 if the bytes are valid UTF-8, else
 * windows-1252 (the web's legacy default).
 */
const PRESCAN_BYTES = 1024;

export interface DecodedText {
  text: string;
  encoding: string;
}

export function decodeHtmlBytes(bytes: Uint8Array): DecodedText {
  const bom = encodingFromBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  const declared = declaredEncoding(bytes);
  if (declared) return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
  return decodeUtf8OrLegacy(bytes);
}

/** Plain text: BOM, else UTF-8, else windows-1252. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const bom = encodingFromBom(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  return decodeUtf8OrLegacy(bytes);
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function encodingFromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return null; // Unknown label: fall back to sniffing.
  }
}
