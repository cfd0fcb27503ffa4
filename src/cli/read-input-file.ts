import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Why a file could not be turned into bytes. */
export interface FileReadFailure {
  code: 'READ_ERROR' | 'INPUT_TOO_LARGE';
  message: string;
}

/**
 * Reads a file into bytes for the parser, gunzipping `.gz` files. Never reads more than
 * `maxBytes` (+1, to tell "too large"): a huge file or a gzip bomb fails fast instead of
 * filling memory.
 */
export function readInputFile(path: string, maxBytes: number): { bytes: Uint8Array } | { failure: FileReadFailure } {
  try {
    const size = statSync(path).size;
    const gzipped = path.toLowerCase().endsWith('.gz');
    if (size > maxBytes && !gzipped) return { failure: tooLarge(path, maxBytes) };
    const raw = readFileSync(path);
    if (!gzipped) return { bytes: raw };
    try {
      return { bytes: gunzipSync(raw, { maxOutputLength: maxBytes + 1 }) };
    } catch (error) {
      if (isCode(error, 'ERR_BUFFER_TOO_LARGE')) return { failure: tooLarge(path, maxBytes) };
      return { failure: { code: 'READ_ERROR', message: `${path} is not a valid gzip file (${messageOf(error)}).` } };
    }
  } catch (error) {
    return { failure: { code: 'READ_ERROR', message: `Cannot read ${path}: ${messageOf(error)}` } };
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
