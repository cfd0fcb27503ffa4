import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Why a file could not be turned into bytes. */
export interface FileReadFailure {
  code: 'READ_ERROR' | 'INPUT_TOO_LARGE';
  message: string;
}

export type ReadResult = { bytes: Uint8Array } | { failure: FileReadFailure };

/** True when the bytes start with the gzip magic number (1f 8b). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Reads a file into bytes for the parser, gunzipping `.gz` files. Never reads more than
 * `maxBytes` (+1, to tell "too large"): a huge file or a gzip bomb fails fast instead of
 * filling memory.
 */
export function readInputFile(path: string, maxBytes: number): ReadResult {
  try {
    const size = statSync(path).size;
    const gzipName = path.toLowerCase().endsWith('.gz');
    if (size > maxBytes && !gzipName) return { failure: tooLarge(path, maxBytes) };
    return unwrapInput(readFileSync(path), path, maxBytes, gzipName);
  } catch (error) {
    return { failure: { code: 'READ_ERROR', message: `Cannot read ${path}: ${messageOf(error)}` } };
  }
}

/**
 * Gunzips input that is gzip — by name (`.gz`) or by its first bytes (a page saved with
 * its `Content-Encoding: gzip` body, or piped in compressed) — within `maxBytes`.
 */
export function unwrapInput(bytes: Uint8Array, label: string, maxBytes: number, gzipName = false): ReadResult {
  if (!gzipName && !isGzip(bytes)) return { bytes };
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: maxBytes + 1 }) };
  } catch (error) {
    if (isCode(error, 'ERR_BUFFER_TOO_LARGE')) return { failure: tooLarge(label, maxBytes) };
    return { failure: { code: 'READ_ERROR', message: `${label} is not a valid gzip file (${messageOf(error)}).` } };
  }
}

function tooLarge(path: string, maxBytes: number): FileReadFailure {
  return { code: 'INPUT_TOO_LARGE', message: `${path} is larger than the limit of ${maxBytes} bytes.` };
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
