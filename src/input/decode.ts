import { ArticleParseError } from '../errors.js';
import { CHARSET_ALIASES } from './charset-scores.js';

/**
 * Turns byte input into a string. Order: the forced `encoding`, then a BOM, then
 * `undeclared`: by default strict UTF-8, then windows-1251. (HTML-specific detection —
 * `<meta charset>` and KOI8-R scoring — is passed in by the HTML input stage.)
 * @throws {ArticleParseError} `UNSUPPORTED_ENCODING` for an unknown charset name.
 * @internal
 */
export function decodeBytes(
  bytes: Uint8Array,
  forced: string | null,
  undeclared: (bytes: Uint8Array) => string = (b) => tryStrictUtf8(b) ?? decodeWith(b, 'windows-1251'),
): string {
  if (forced !== null) return decodeWith(bytes, forced);
  const bom = bomOf(bytes);
  if (bom !== null) return decodeWith(bytes.subarray(bom.length), bom.label);
  return undeclared(bytes);
}

/** The byte-order mark the bytes start with: its length and charset. */
function bomOf(bytes: Uint8Array): { length: number; label: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { length: 3, label: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { length: 2, label: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { length: 2, label: 'utf-16be' };
  return null;
}

/** Strict UTF-8 (a leading BOM dropped), or `null` when the bytes are not valid UTF-8. @internal */
export function tryStrictUtf8(bytes: Uint8Array): string | null {
  const node = NODE_BUFFER;
  if (node?.isUtf8 && node.transcode && bytes.length <= MAX_TRANSCODED) {
    return node.isUtf8(bytes) ? stripBom(node.transcode(bytes, 'utf8', 'ucs2').toString('ucs2')) : null;
  }
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
}

/** What {@link tryStrictUtf8} uses of Node's `node:buffer`. */
interface NodeBufferModule {
  isUtf8?(bytes: Uint8Array): boolean;
  transcode?(bytes: Uint8Array, from: 'utf8', to: 'ucs2'): { toString(encoding: 'ucs2'): string };
}

/**
 * Larger inputs take TextDecoder: Node turns UTF-16 of a megabyte or more into an external
 * two-byte string, where TextDecoder makes a one-byte string of an ASCII page (half the memory).
 */
const MAX_TRANSCODED = 500_000;

/**
 * Node's `node:buffer` where the runtime hands it out synchronously (Node 20.16 and later),
 * else undefined (browsers: TextDecoder is used there). On Node 20, validating with
 * `isUtf8` (simdutf) and converting with ICU's `transcode` takes half the time of
 * TextDecoder's UTF-8 decoding, which was a tenth of a page's parse.
 */
const NODE_BUFFER = (globalThis as { process?: { getBuiltinModule?: (id: string) => NodeBufferModule | undefined } }).process?.getBuiltinModule?.(
  'node:buffer',
);

/** The WHATWG name for a label (aliases such as `win-1251` included), or null when unknown. @internal */
export function knownLabel(label: string): string | null {
  const key = label.trim().toLowerCase();
  const name = CHARSET_ALIASES[key] ?? key;
  // An unknown label ('' included) makes TextDecoder throw.
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes with a named charset (any WHATWG label or alias: `cp1251`, `win-1251`, `koi8-r`,
 * `ibm866`, …); a leading BOM character is dropped.
 * @throws {ArticleParseError} `UNSUPPORTED_ENCODING` when the label is unknown.
 * @internal
 */
export function decodeWith(bytes: Uint8Array, label: string): string {
  const name = knownLabel(label);
  if (name === null) {
    throw new ArticleParseError(
      'UNSUPPORTED_ENCODING',
      `Unknown character encoding ${JSON.stringify(label)}. Pass a WHATWG encoding label such as "utf-8", "windows-1251" or "koi8-r" as the "encoding" option.`,
    );
  }
  return stripBom(new TextDecoder(name).decode(bytes));
}

/** Decodes the heads of pages (non-fatal UTF-8 keeps no state between calls: one serves all). */
const HEAD_DECODER = new TextDecoder();

/**
 * The first `length` bytes as text, for a look at the ASCII markup at the start of a page
 * (`<meta charset>`, `<!doctype html>`): decoded as UTF-8, in which every ASCII byte stays
 * itself whatever the real charset, and the others become letters or U+FFFD. UTF-8
 * rather than Latin-1 because a windows-1252 TextDecoder allocates a buffer outside the
 * JavaScript heap on each call, which costs 0.1–0.2 ms when it is the first one after
 * another library's garbage collections (measured right after Readability + linkedom).
 * @internal
 */
export function headText(bytes: Uint8Array, length: number): string {
  return HEAD_DECODER.decode(bytes.subarray(0, length));
}

/** The text without a leading BOM character. @internal */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
