/** A JSON-LD node: a plain object whose dangerous keys were dropped. @internal */
export type LdNode = { readonly [key: string]: unknown };

/** Keys that must never reach an object: they could rewrite prototypes if copied. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper JSON-LD is cut off: nothing a news page needs sits deeper than this. */
const MAX_DEPTH = 24;
/** At most this many values are copied out of one script. */
const MAX_VALUES = 200_000;

/**
 * Parses the text of a `<script type="application/ld+json">` leniently: HTML comment and
 * CDATA wrappers, `//` and `/* *\/` comments, trailing commas, raw control characters inside
 * strings, invalid `\'` escapes and several concatenated objects are repaired before a
 * second attempt. Parsing is `JSON.parse` only — no evaluation — and the result is copied
 * into fresh objects without `__proto__`, `constructor` or `prototype` keys, so the page
 * cannot touch any prototype. Returns null when the text is not JSON even after repair.
 * @internal
 */
export function parseJsonLd(text: string): unknown {
  const stripped = stripWrappers(text);
  if (stripped === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(stripped);
  } catch {
    try {
      raw = JSON.parse(repairJson(stripped));
    } catch {
      return null;
    }
  }
  return sanitize(raw);
}

/**
 * Every JSON-LD node that has an `@type`, from top-level values, arrays, `@graph` lists and
 * `mainEntity` members, in page order (nested `itemListElement` entries are other pages and
 * are left out).
 * @internal
 */
export function collectLdNodes(values: readonly unknown[]): LdNode[] {
  const out: LdNode[] = [];
  // The top-level values are one level above depth 0; a node's `@graph` and `mainEntity` are
  // pushed as a list at its own depth, so that they sit one level below it.
  const stack: { value: unknown; depth: number }[] = [{ value: values, depth: -1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (depth > 6 || value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], depth: depth + 1 });
    } else {
      const node = value as LdNode;
      if (node['@type'] !== undefined) out.push(node);
      stack.push({ value: [node['@graph'], node.mainEntity], depth });
    }
  }
  return out;
}

/** The `@type`s of a node, without `schema:` / URL prefixes. @internal */
export function ldTypes(node: LdNode): string[] {
  const t = node['@type'];
  // Whatever follows the last '/', ':' or '#' (all of a type without one: slice(-1 + 1)).
  return (Array.isArray(t) ? t : [t])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.slice(Math.max(v.lastIndexOf('/'), v.lastIndexOf(':'), v.lastIndexOf('#')) + 1));
}

/** The value as a JSON-LD object (not an array), or null. @internal */
export function ldObject(value: unknown): LdNode | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as LdNode) : null;
}

/** A string field (a string, a number, or the first string of an array, or `{ "@value" }`); null otherwise. @internal */
export function ldString(value: unknown): string | null {
  const stack: unknown[] = [value];
  for (let guard = 0; stack.length > 0 && guard < 16; guard++) {
    const v = stack.shift();
    if (typeof v === 'string') return v.trim() === '' ? null : v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
    if (Array.isArray(v)) stack.push(...v.slice(0, 4));
    else {
      const o = ldObject(v);
      if (o?.['@value'] !== undefined) stack.push(o['@value']);
    }
  }
  return null;
}

/** Names of people or organizations in a field (`"Иван"`, `{ name }`, arrays of either), at most `limit`. @internal */
export function ldNames(value: unknown, limit = 12): string[] {
  const out: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const v of list) {
    if (out.length >= limit) break;
    const name = typeof v === 'string' ? v : ldString(ldObject(v)?.name);
    if (name !== null) out.push(name);
  }
  return out;
}

function stripWrappers(text: string): string {
  const s = text
    .trim()
    .replace(/^(?:\/\*\s{0,4})?<!\[CDATA\[(?:\s{0,4}\*\/)?/u, '')
    .replace(/(?:\/\*\s{0,4})?\]\]>(?:\s{0,4}\*\/)?$/u, '')
    .replace(/^<!--/u, '')
    .replace(/-->$/u, '')
    .trim();
  return s.endsWith(';') ? s.slice(0, -1) : s;
}

/**
 * One linear pass over broken JSON: drops comments, trailing commas and bad escapes,
 * escapes raw control characters in strings, and joins concatenated top-level values
 * into one array.
 * @internal
 */
export function repairJson(text: string): string {
  const out: string[] = [];
  let inString = false;
  let depth = 0;
  let topValues = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (inString) {
      if (ch === '\\') {
        const next = text[++i];
        if (next === undefined) break;
        if (next === "'") out.push("'");
        else if ('"\\/bfnrtu'.includes(next)) out.push(ch, next);
        else out.push(next);
      } else {
        if (ch === '"') inString = false;
        // A raw control character inside a string: its \u escape (JSON.parse reads "\u000a" as "\n").
        out.push(code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : ch);
      }
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? n : end) - 1; // the newline itself is kept
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 1;
    } else if (ch === '}' || ch === ']') {
      dropTrailingComma(out);
      depth = Math.max(0, depth - 1);
      out.push(ch);
    } else if (ch === '{' || ch === '[' || ch === '"') {
      if (depth === 0) {
        if (topValues > 0) out.push(',');
        topValues++;
      }
      if (ch === '"') inString = true;
      else depth++;
      out.push(ch);
    } else if (code >= 0x20 || code === 10 || code === 13 || code === 9) {
      // Anything else is kept, but raw control characters between values (dropped).
      out.push(ch);
    }
  }
  const joined = out.join('');
  return topValues > 1 ? `[${joined}]` : joined;
}

function dropTrailingComma(out: string[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k]!;
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (c === ',') out.splice(k, 1);
    return;
  }
}

/** Copies parsed JSON into fresh arrays and objects, dropping forbidden keys, depth- and size-bounded (iterative). */
function sanitize(raw: unknown): unknown {
  const root: { value?: unknown } = {};
  const stack: { src: unknown; assign: (v: unknown) => void; depth: number }[] = [
    { src: raw, assign: (v) => (root.value = v), depth: 0 },
  ];
  let budget = MAX_VALUES;
  while (stack.length > 0 && budget > 0) {
    const { src, assign, depth } = stack.pop()!;
    budget--;
    if (src === null || typeof src !== 'object') {
      assign(src);
      continue;
    }
    if (depth >= MAX_DEPTH) continue;
    if (Array.isArray(src)) {
      const arr: unknown[] = new Array(src.length);
      assign(arr);
      for (let i = src.length - 1; i >= 0; i--) stack.push({ src: src[i], assign: (v) => (arr[i] = v), depth: depth + 1 });
      continue;
    }
    const obj: Record<string, unknown> = {};
    assign(obj);
    for (const key of Object.keys(src)) {
      if (FORBIDDEN_KEYS.has(key)) continue;
      const value = (src as Record<string, unknown>)[key];
      stack.push({ src: value, assign: (v) => defineValue(obj, key, v), depth: depth + 1 });
    }
  }
  return root.value ?? null;
}

function defineValue(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
