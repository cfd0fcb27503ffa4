// Loads the HTML pages of a folder for the benchmarks: corpus sets (<case>/page.html),
// the repo's fixtures (<case>/input.html) or a plain folder of *.html files.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ParseOptions } from '../src/index.js';
import { decodePage } from '../scripts/eval/decode-page.js';

export interface BenchPage {
  id: string;
  bytes: Uint8Array;
  /** The decoded page, for the baselines that take strings. */
  html: string;
  options: ParseOptions;
}

const PAGE_NAMES = new Set(['page.html', 'input.html']);

function readJson(path: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Parse options from a page's sibling expected.json / meta.json (top level or under `options`). */
function optionsNextTo(dir: string): ParseOptions {
  const merged: Record<string, unknown> = {};
  for (const file of ['meta.json', 'expected.json']) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const json = readJson(path);
    const nested = json.options !== null && typeof json.options === 'object' ? (json.options as Record<string, unknown>) : {};
    Object.assign(merged, json, nested);
  }
  const options: ParseOptions = {};
  const str = (k: string) => (typeof merged[k] === 'string' ? (merged[k] as string) : undefined);
  if (str('url')) options.url = str('url');
  if (str('timeZone')) options.timeZone = str('timeZone');
  const reference = str('referenceDate') ?? str('crawledOn');
  if (reference) options.referenceDate = reference;
  if (str('encoding')) options.encoding = str('encoding');
  return options;
}

/** Every HTML page under `root` (three levels deep at most), sorted by path; `decode: false` leaves `html` empty. */
export function loadPages(root: string, decode = true): BenchPage[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    const hasCasePage = names.some((n) => PAGE_NAMES.has(n));
    for (const name of names) {
      const path = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (depth < 3 && name !== 'node_modules' && !name.startsWith('.')) walk(path, depth + 1);
      } else if (hasCasePage ? PAGE_NAMES.has(name) : /\.html?$/i.test(name)) {
        found.push(path);
      }
    }
  };
  walk(root, 0);
  return found.map((path) => {
    const dir = join(path, '..');
    const options = optionsNextTo(dir);
    const bytes = new Uint8Array(readFileSync(path));
    return { id: relative(root, path) || path, bytes, html: decode ? decodePage(bytes, options.encoding) : '', options };
  });
}
