import { ArticleParseError } from '../errors.js';
import type { ParseContext } from '../options.js';

/**
 * Checks an input's type and size before any work is done on it.
 * @throws {ArticleParseError} `INVALID_OPTIONS` for a non-string/non-bytes input,
 *   `INPUT_TOO_LARGE` over `maxInputBytes`.
 * @internal
 */
export function checkInput(input: unknown, ctx: ParseContext): asserts input is string | Uint8Array {
  let bytes: number;
  if (typeof input === 'string') bytes = utf8Length(input, ctx.maxInputBytes);
  else if (input instanceof Uint8Array) bytes = input.byteLength;
  else {
    throw new ArticleParseError(
      'INVALID_OPTIONS',
      `The input must be a string or a Uint8Array of bytes, got ${input === null ? 'null' : typeof input}.`,
    );
  }
  if (bytes > ctx.maxInputBytes) {
    throw new ArticleParseError(
      'INPUT_TOO_LARGE',
      `The input is ${bytes > ctx.maxInputBytes * 4 ? 'more than ' : ''}${bytes} bytes, over the limit of ${ctx.maxInputBytes} bytes. Raise the "maxInputBytes" option if this page is genuine.`,
    );
  }
}

/** UTF-8 byte length of a string, counting no further than `stopAfter`. */
function utf8Length(s: string, stopAfter: number): number {
  if (s.length > stopAfter) return s.length; // at least one byte per code unit
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
    if (n > stopAfter) return n;
  }
  return n;
}

/** Characters sampled for the binary check: binary data shows itself within the first 16 KB. */
const BINARY_SAMPLE = 16_384;
/** Control characters other than tab / line feed / carriage return, and U+FFFD: the marks of binary data. */
const BINARY_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD]/u;
const BINARY_CHARS = new RegExp(BINARY_CHAR.source, 'gu');

/**
 * Rejects empty input and input that is binary rather than text.
 * @throws {ArticleParseError} `EMPTY_INPUT`, `NOT_AN_ARTICLE`.
 * @internal
 */
export function checkDecodedText(text: string): void {
  // `\s` covers NBSP and the BOM; the zero-width characters are added.
  if (!/[^\s\u200B-\u200D\u2060]/.test(text)) {
    throw new ArticleParseError('EMPTY_INPUT', 'The input is empty or only white space: there is nothing to parse.');
  }
  const sample = text.length > BINARY_SAMPLE ? text.slice(0, BINARY_SAMPLE) : text;
  // Text has none at all, almost always: one native scan settles it before any counting.
  if (!BINARY_CHAR.test(sample)) return;
  const bad = sample.match(BINARY_CHARS)?.length ?? 0;
  if (bad > 16 && bad / sample.length > 0.05) {
    throw new ArticleParseError(
      'NOT_AN_ARTICLE',
      'The input looks like binary data, not text or HTML. Check that you passed the page itself, decompressed.',
    );
  }
}
