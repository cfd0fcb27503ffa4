import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { ParseOptions } from '../../src/index.js';

/** The built command (npm test builds before vitest runs). */
export const CLI = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url));
/** The library from the same build: what the CLI prints is compared with what it returns. */
const LIBRARY = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const REPO_FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** Pinned options: results never depend on the clock or the machine's zone. */
export const REFERENCE = '2024-06-01T12:00:00+03:00';
export const ZONE = 'Europe/Moscow';
export const PINNED = ['--reference-date', REFERENCE, '--time-zone', ZONE];

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

for (const built of [CLI, LIBRARY]) {
  if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first (npm test does).`);
}

/** The built library, typed as its source. */
export const lib = (await import(pathToFileURL(LIBRARY).href)) as typeof import('../../src/index.js');

/** Runs the built CLI to completion. */
export function runCli(args: string[], options: { cwd?: string; input?: string | Uint8Array } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? FIXTURES,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the built CLI without blocking the test's event loop (for parallel runs). */
export function runCliAsync(args: string[], cwd = FIXTURES): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, TZ: 'UTC' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end();
  });
}

/** Parses JSON Lines output. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * What the CLI must print for one file: the library's own result for the same bytes and
 * options (an Article with its `file`, or the error record). Gzipped files are compared
 * with their contents.
 */
export function expectedRecord(path: string, file: string, options: ParseOptions = { referenceDate: REFERENCE, timeZone: ZONE }): Record<string, unknown> {
  let bytes: Uint8Array = readFileSync(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  const result = lib.safeParseArticle(bytes, options);
  return result.success
    ? { file, ...result.data }
    : { file, error: { code: result.error.code, message: result.error.message } };
}
