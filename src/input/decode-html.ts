import { CAPITAL_PENALTY, NON_LETTER_PENALTY, RUSSIAN_LETTER_FREQUENCY } from './charset-scores.js';
import { decodeBytes, decodeWith, headText, knownLabel, tryStrictUtf8 } from './decode.js';

/** How much of the page is scanned for a charset declaration. */
const HEAD_BYTES = 4096;
/** How much of the page is decoded to score single-byte Cyrillic charsets. */
const SCORE_BYTES = 65536;

const CHARSET_IN_META = /charset\s{0,8}=\s{0,8}["']?\s{0,8}([\w.:-]{1,40})/iu;
/**
 * The start of a `<meta` tag, in any case (no lower-cased copy of the head needed). The
 * tag's end is found with indexOf: a bounded `[^>]{0,1019}` here made the regex engine grow
 * its backtracking stack, which costs about 0.1 ms on the first page after another
 * library's garbage collections.
 */
const META_START = /<meta/gi;
const HTTP_HEADER_CHARSET = /^content-type:[^\n]{0,200}?charset=["']?([\w.:-]{1,40})/imu;

/** Russian letters → log frequency, built once from the data table. */
const LETTER_SCORE: ReadonlyMap<number, number> = new Map(
  Object.entries(RUSSIAN_LETTER_FREQUENCY).map(([letter, perTenThousand]) => [letter.charCodeAt(0), Math.log(perTenThousand / 10000)]),
);

/**
 * Declarations that can be second-guessed: the single-byte charsets a Cyrillic page may be
 * in, and the Western ones Russian pages often declare by mistake.
 */
const SINGLE_BYTE = new Set([
  'windows-1251', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5', 'x-mac-cyrillic',
  'windows-1252', 'iso-8859-15', 'iso-8859-2',
]);

/**
 * Decodes the bytes of an HTML page into a string.
 *
 * Order:
 * 1. a forced `encoding` (the `encoding` option) wins;
 * 2. a byte-order mark;
 * 3. a charset declared in the first 4 KB — `<meta charset>`, `<meta http-equiv="Content-Type">`,
 *    or a saved HTTP `Content-Type:` header — unless the bytes prove it wrong (a page
 *    declared windows-1251 whose bytes are valid multi-byte UTF-8 is UTF-8; a page declared
 *    UTF-8 whose bytes are not UTF-8 is scored as below; a Western declaration on Cyrillic
 *    bytes is ignored);
 * 4. UTF-8: strict, or with a few stray invalid bytes (at least ten valid multi-byte
 *    sequences per invalid one);
 * 5. windows-1251 or KOI8-R, whichever reads more like Russian text.
 *
 * A leading BOM character never reaches the output.
 *
 * @throws {ArticleParseError} `UNSUPPORTED_ENCODING` when the forced label is unknown.
 * @internal
 */
export function decodeHtml(bytes: Uint8Array, forced: string | null): string {
  return decodeBytes(bytes, forced, sniffHtml);
}

/** Steps 3 to 5 of {@link decodeHtml}: a page with no forced charset and no BOM. */
function sniffHtml(bytes: Uint8Array): string {
  const declared = declaredCharset(bytes);
  if (declared === 'utf-8' || declared === null) {
    const utf8 = tryStrictUtf8(bytes);
    if (utf8 !== null) return utf8;
    // A stray invalid byte in an otherwise UTF-8 page (declared or not) must not turn it all into mojibake.
    if (mostlyUtf8(bytes)) return decodeWith(bytes, 'utf-8');
    return decodeWith(bytes, bestCyrillicSingleByte(bytes));
  }
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    // A page read as ASCII cannot really be UTF-16; the declaration is a copy-paste leftover.
    return tryStrictUtf8(bytes) ?? decodeWith(bytes, bestCyrillicSingleByte(bytes));
  }
  if (hasMultiByteUtf8(bytes)) {
    const utf8 = tryStrictUtf8(bytes);
    if (utf8 !== null) return utf8;
  }
  if (SINGLE_BYTE.has(declared)) {
    const best = bestCyrillicSingleByte(bytes);
    if (best !== declared && clearlyRussian(bytes, best, declared)) return decodeWith(bytes, best);
  }
  return decodeWith(bytes, declared);
}

/**
 * The charset a page declares in its first 4 KB: `<meta charset>`, `<meta http-equiv>`
 * with a `charset=` in its content, or a saved HTTP header block. Null when none is
 * declared or the label is unknown.
 * @internal
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = headText(bytes, HEAD_BYTES);
  const meta = META_START;
  meta.lastIndex = 0;
  for (let m = meta.exec(head); m !== null; m = meta.exec(head)) {
    const start = m.index;
    const end = head.indexOf('>', start);
    const c = CHARSET_IN_META.exec(head.slice(start, Math.min(end < 0 ? head.length : end, start + 1024)));
    if (c === null) continue;
    const label = knownLabel(c[1]!);
    if (label !== null) return label;
  }
  if (/^\s{0,8}HTTP\/\d/u.test(head)) {
    const headerEnd = head.search(/\r?\n\r?\n/u);
    const block = headerEnd < 0 ? head : head.slice(0, headerEnd);
    const m = HTTP_HEADER_CHARSET.exec(block);
    if (m !== null) return knownLabel(m[1]!);
  }
  return null;
}

/**
 * Windows-1251 or KOI8-R, whichever turns the page's high bytes into likelier Russian
 * text (letter frequencies, lower case over capitals). Windows-1251 on a tie.
 * @internal
 */
export function bestCyrillicSingleByte(bytes: Uint8Array): 'windows-1251' | 'koi8-r' {
  const sample = bytes.subarray(0, SCORE_BYTES);
  return russianScore(sample, 'koi8-r') > russianScore(sample, 'windows-1251') ? 'koi8-r' : 'windows-1251';
}

/** Log-likelihood that the non-ASCII characters of `bytes` decoded as `label` are Russian text. */
function russianScore(bytes: Uint8Array, label: string): number {
  const text = new TextDecoder(label).decode(bytes);
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const lower = c >= 0x410 && c <= 0x42f ? c + 0x20 : c === 0x401 ? 0x451 : c;
    const s = LETTER_SCORE.get(lower);
    if (s === undefined) score += NON_LETTER_PENALTY + Math.log(0.0004);
    else score += lower === c ? s : s + CAPITAL_PENALTY;
  }
  return score;
}

/** True when `best` reads the page as Russian far better than `declared`, which then must be a mistake. */
function clearlyRussian(bytes: Uint8Array, best: string, declared: string): boolean {
  const sample = bytes.subarray(0, SCORE_BYTES);
  let high = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i]! >= 0x80) high++;
  if (high < 32) return false;
  const margin = russianScore(sample, best) - russianScore(sample, declared);
  // Average gain of more than ~1.5 nats per high byte: the declared charset reads as noise.
  return margin > high * 1.5;
}

/** True when the bytes hold at least one well-formed two-byte UTF-8 Cyrillic-range sequence. */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SCORE_BYTES);
  for (let i = 0; i + 1 < n; i++) {
    const b = bytes[i]!;
    if (b >= 0xc2 && b <= 0xdf) {
      const next = bytes[i + 1]!;
      if (next >= 0x80 && next <= 0xbf) return true;
    }
  }
  return false;
}

/**
 * True when nearly all non-ASCII bytes of a page declared UTF-8 form valid sequences:
 * a few broken ones (a truncated string, one pasted cp1251 word) do not make it cp1251.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SCORE_BYTES);
  let good = 0;
  let bad = 0;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      good++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return good >= bad * 10;
}

