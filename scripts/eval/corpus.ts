// Finds corpus cases on disk and reads their expectations (format: ../shared/corpus/README.md).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** What `expected.json` may say; every key is optional. */
export interface Expected {
  source?: string;
  url?: string;
  encoding?: string;
  timeZone?: string;
  crawledOn?: string;
  referenceDate?: string;
  title?: string;
  publishedAt?: string | null;
  referenceText?: string[] | string;
  referenceIncludesTitle?: boolean;
  mustContain?: string[];
  mustNotContain?: string[];
  related?: string[];
}

/** One page to evaluate. */
export interface Case {
  /** `<set>/<case>` */
  id: string;
  set: string;
  name: string;
  dir: string;
  pagePath: string;
  kind: 'html' | 'text';
  expected: Expected;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function pageOf(dir: string): { path: string; kind: 'html' | 'text' } | null {
  for (const [file, kind] of [['page.html', 'html'], ['page.txt', 'text'], ['input.html', 'html'], ['input.txt', 'text']] as const) {
    const path = join(dir, file);
    if (existsSync(path)) return { path, kind };
  }
  return null;
}

/** A case folder holds a page and an `expected.json`. */
export function isCaseDir(dir: string): boolean {
  return isDir(dir) && existsSync(join(dir, 'expected.json')) && pageOf(dir) !== null;
}

function readExpected(path: string): Expected {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: not a JSON object`);
  return raw as Expected;
}

/**
 * The repo's own fixtures (`fixtures/<case>/expected.json` is a whole Article, options in
 * `meta.json`) read as a corpus expectation: title, publishedAt, text as the reference,
 * related ∪ moreOnEvent titles. `null` for a fixture that expects an error.
 */
export function fromFixture(article: Record<string, unknown>, meta: Record<string, unknown>): Expected | null {
  if (typeof article.error === 'string' || typeof article.text !== 'string') return null;
  const titles = (items: unknown) =>
    Array.isArray(items) ? items.map((i) => (i as { title?: unknown })?.title).filter((t): t is string => typeof t === 'string') : [];
  const expected: Expected = { source: 'fixture', referenceText: article.text, related: [...titles(article.related), ...titles(article.moreOnEvent)] };
  if (typeof article.title === 'string') expected.title = article.title;
  if (typeof article.publishedAt === 'string' || article.publishedAt === null) expected.publishedAt = article.publishedAt;
  for (const key of ['url', 'timeZone', 'referenceDate', 'encoding'] as const) {
    if (typeof meta[key] === 'string') expected[key] = meta[key] as string;
  }
  return expected;
}

function loadCase(dir: string, warnings: string[]): Case | null {
  const page = pageOf(dir);
  if (page === null) return null;
  let expected: Expected;
  try {
    expected = readExpected(join(dir, 'expected.json'));
    if (typeof expected.source !== 'string') {
      const metaPath = join(dir, 'meta.json');
      const meta = existsSync(metaPath) ? (readExpected(metaPath) as Record<string, unknown>) : {};
      const converted = fromFixture(expected as Record<string, unknown>, meta);
      if (converted === null) {
        warnings.push(`skipped ${dir}: expects an error or has no text (not scored)`);
        return null;
      }
      expected = converted;
    }
  } catch (error) {
    warnings.push(`skipped ${dir}: ${(error as Error).message}`);
    return null;
  }
  const abs = resolve(dir);
  const name = basename(abs);
  const set = basename(dirname(abs));
  return { id: `${set}/${name}`, set, name, dir: abs, pagePath: page.path, kind: page.kind, expected };
}

/**
 * Expands the command-line arguments into cases: a set folder (of case folders), a case
 * folder, or anything else (files such as README.md, missing paths) which is skipped.
 * Cases are de-duplicated and sorted by id.
 */
export function findCases(args: readonly string[], warnings: string[]): Case[] {
  const byDir = new Map<string, Case>();
  const add = (dir: string) => {
    const abs = resolve(dir);
    if (byDir.has(abs)) return;
    const c = loadCase(abs, warnings);
    if (c !== null) byDir.set(abs, c);
  };
  for (const arg of args) {
    if (!isDir(arg)) {
      if (!existsSync(arg)) warnings.push(`no such folder: ${arg}`);
      continue;
    }
    if (isCaseDir(arg)) {
      add(arg);
      continue;
    }
    const children = readdirSync(arg)
      .map((n) => join(arg, n))
      .filter(isCaseDir);
    if (children.length === 0) warnings.push(`no cases in ${arg}`);
    children.forEach(add);
  }
  return [...byDir.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** `referenceText` as one string (paragraphs joined by blank lines), or `null`. */
export function referenceTextOf(expected: Expected): string | null {
  const r = expected.referenceText;
  if (Array.isArray(r)) return r.filter((p) => typeof p === 'string').join('\n\n');
  return typeof r === 'string' ? r : null;
}
