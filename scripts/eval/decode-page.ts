// Byte → string decoding for the baselines (Readability, linkedom, htmlparser2), which take
// strings. Independent of the library's own decoder so that a bug there cannot skew them.

const META_CHARSET_RE = /<meta[^>]{0,512}?charset\s*=\s*["']?\s*([\w:.-]{1,40})/i;

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

/**
 * Decodes a saved page: the given encoding, else a BOM, else `<meta charset>` /
 * `http-equiv` in the first 4 KB, else strict UTF-8, else windows-1251.
 */
export function decodePage(bytes: Uint8Array, encoding?: string | null): string {
  const forced = encoding ? decoderFor(encoding) : null;
  if (forced) return stripBom(forced.decode(bytes));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = META_CHARSET_RE.exec(head)?.[1];
  const fromMeta = declared ? decoderFor(declared) : null;
  if (fromMeta) return stripBom(fromMeta.decode(bytes));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
