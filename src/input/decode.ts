import { ArticleParseError } from '../errors.js';

/**
 * Turns byte input into a string. Order: the forced `encoding`, then a BOM, then strict
 * UTF-8, then windows-1251. (HTML-specific detection — `<meta charset>` and KOI8-R
 * scoring — is layered on top by the HTML input stage.)
 * @throws {ArticleParseError} `UNSUPPORTED_ENCODING` for an unknown charset name.
 * @internal
 */
export function decodeBytes(bytes: Uint8Array, forced: string | null): string {
  if (forced !== null) return decodeWith(bytes, forced);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be');
  const utf8 = tryStrictUtf8(bytes);
  return utf8 ?? decodeWith(bytes, 'windows-1251');
}

/** Strict UTF-8, or `null` when the bytes are not valid UTF-8. @internal */
export function tryStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes with a named charset (any WHATWG label: `cp1251`, `koi8-r`, `ibm866`, …).
 * @throws {ArticleParseError} `UNSUPPORTED_ENCODING` when the label is unknown.
 * @internal
 */
export function decodeWith(bytes: Uint8Array, label: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim().toLowerCase());
  } catch {
    throw new ArticleParseError(
      'UNSUPPORTED_ENCODING',
      `Unknown character encoding "${label}". Pass a WHATWG encoding label such as "utf-8", "windows-1251" or "koi8-r" as the "encoding" option.`,
    );
  }
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
