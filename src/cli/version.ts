import { readFileSync } from 'node:fs';

/**
 * The package version, read from the package.json that ships next to `dist/`
 * (`dist/cli/*.js` and `src/cli/*.ts` are both two levels below it).
 */
export function readVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
