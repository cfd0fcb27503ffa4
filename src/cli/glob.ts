/**
 * A small glob matcher for the CLI: `*` (any run inside one path segment), `?` (one
 * character), `[abc]` / `[a-z]` / `[!a-z]` (one character of a set), `**` (any number of
 * whole segments, including none) and `{a,b}` alternatives; `\` escapes the next character.
 *
 * Matching never backtracks exponentially: both levels (segments, then characters inside a
 * segment) use the single-restart-point wildcard algorithm, so the cost is at most
 * O(path length × pattern length), and linear for the usual patterns.
 */

/** Brace groups can multiply: cap the number of patterns one argument expands into. */
const MAX_BRACE_EXPANSIONS = 1024;

const MAGIC = /[*?{[]/;

type CharToken =
  | { kind: 'star' }
  | { kind: 'one' }
  | { kind: 'lit'; ch: string }
  | { kind: 'set'; negated: boolean; ranges: [string, string][] };
type SegmentToken = { kind: 'globstar' } | { kind: 'segment'; tokens: CharToken[] };

/** A compiled glob (one brace alternative). */
export interface CompiledGlob {
  /** The leading segments without any wildcard, joined: where a walk has to start. */
  base: string;
  /** True when the pattern contains `**` (the walk must go arbitrarily deep). */
  deep: boolean;
  /** How many segments the pattern has below `base` (the walk depth when not deep). */
  depth: number;
  segments: SegmentToken[];
}

/** True when `arg` holds a wildcard or a brace group. */
export function hasGlobMagic(arg: string): boolean {
  return MAGIC.test(arg);
}

/**
 * Expands `{a,b}` groups (nested ones too) into plain patterns, in order.
 * A group without a comma stays literal. Iterative, capped at 1024 results.
 */
export function expandBraces(pattern: string): string[] {
  const done: string[] = [];
  const work: string[] = [pattern];
  while (work.length > 0) {
    const current = work.pop() as string;
    const group = findBraceGroup(current);
    if (group === null) {
      done.push(current);
      if (done.length >= MAX_BRACE_EXPANSIONS) break;
      continue;
    }
    const prefix = current.slice(0, group.open);
    const suffix = current.slice(group.close + 1);
    const alternatives: string[] = [];
    let start = group.open + 1;
    for (const comma of group.commas) {
      alternatives.push(current.slice(start, comma));
      start = comma + 1;
    }
    alternatives.push(current.slice(start, group.close));
    for (let i = alternatives.length - 1; i >= 0; i--) work.push(prefix + alternatives[i] + suffix);
    if (work.length > MAX_BRACE_EXPANSIONS) work.splice(0, work.length - MAX_BRACE_EXPANSIONS);
  }
  return [...new Set(done)];
}

/** The first top-level `{…}` that holds a top-level comma, or null. */
function findBraceGroup(s: string): { open: number; close: number; commas: number[] } | null {
  const opens: number[] = [];
  let commas: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (opens.length === 0) commas = [];
      opens.push(i);
    } else if (c === ',' && opens.length === 1) {
      commas.push(i);
    } else if (c === '}' && opens.length > 0) {
      const open = opens.pop() as number;
      if (opens.length === 0 && commas.length > 0) return { open, close: i, commas };
    }
  }
  return null;
}

/** Compiles one brace-free pattern. Path separators are `/`. */
export function compileGlob(pattern: string): CompiledGlob {
  const parts = pattern.split('/');
  const absolute = pattern.startsWith('/');
  let firstMagic = parts.findIndex((p) => MAGIC.test(p.replace(/\\./g, '')));
  if (firstMagic === -1) firstMagic = parts.length;
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? '.' : absolute && baseParts.length === 1 ? '/' : baseParts.join('/') || '.';
  const segments: SegmentToken[] = [];
  for (const part of parts) {
    if (part === '**') {
      if (segments[segments.length - 1]?.kind !== 'globstar') segments.push({ kind: 'globstar' });
    } else {
      segments.push({ kind: 'segment', tokens: compileSegment(part) });
    }
  }
  return {
    base,
    deep: segments.some((s) => s.kind === 'globstar'),
    depth: parts.length - firstMagic,
    segments,
  };
}

function compileSegment(part: string): CharToken[] {
  const tokens: CharToken[] = [];
  for (let i = 0; i < part.length; i++) {
    const c = part[i] as string;
    if (c === '\\' && i + 1 < part.length) tokens.push({ kind: 'lit', ch: part[++i] as string });
    else if (c === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'one' });
    else if (c === '[') {
      const set = readSet(part, i);
      if (set === null) tokens.push({ kind: 'lit', ch: c });
      else {
        tokens.push(set.token);
        i = set.end;
      }
    } else tokens.push({ kind: 'lit', ch: c });
  }
  return tokens;
}

/** Reads `[...]` starting at `open`; null when it is not closed (then `[` is literal). */
function readSet(part: string, open: number): { token: CharToken; end: number } | null {
  let i = open + 1;
  const negated = part[i] === '!' || part[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < part.length; first = false) {
    let c = part[i] as string;
    if (c === ']' && !first) return { token: { kind: 'set', negated, ranges }, end: i };
    if (c === '\\' && i + 1 < part.length) c = part[++i] as string;
    if (part[i + 1] === '-' && i + 2 < part.length && part[i + 2] !== ']') {
      ranges.push([c, part[i + 2] as string]);
      i += 3;
    } else {
      ranges.push([c, c]);
      i++;
    }
  }
  return null;
}

function matchChar(t: CharToken, ch: string): boolean {
  if (t.kind === 'one') return true;
  if (t.kind === 'lit') return t.ch === ch;
  if (t.kind === 'set') return t.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== t.negated;
  return false;
}

/**
 * True when `path` (segments separated by `/`, written the same way as the pattern:
 * both relative or both absolute) matches the compiled glob.
 */
export function matchGlob(glob: CompiledGlob, path: string): boolean {
  return wildcardMatch(
    glob.segments,
    path.split('/'),
    (pat) => pat.kind === 'globstar',
    (pat, name) => pat.kind === 'segment' && matchSegment(pat.tokens, name),
  );
}

/** Wildcard match of one path segment: `*` any run, `?` one character. */
function matchSegment(tokens: CharToken[], name: string): boolean {
  // Dot files are matched only by a pattern that spells the dot.
  if (name.startsWith('.') && !(tokens[0]?.kind === 'lit' && tokens[0].ch === '.')) return false;
  return wildcardMatch(tokens, name, (t) => t.kind === 'star', matchChar);
}

/**
 * Matches `items` against `tokens`, where a star token stands for any run of items (`**`
 * over path segments, `*` over characters). Iterative, backtracking only to the last star,
 * so it never goes exponential.
 */
function wildcardMatch<T, I>(
  tokens: readonly T[],
  items: ArrayLike<I>,
  isStar: (token: T) => boolean,
  matchOne: (token: T, item: I) => boolean,
): boolean {
  let p = 0;
  let n = 0;
  let restartP = -1;
  let restartN = -1;
  while (p < tokens.length || n < items.length) {
    if (p < tokens.length) {
      const token = tokens[p] as T;
      if (isStar(token)) {
        restartP = p;
        restartN = n + 1;
        p++;
        continue;
      }
      if (n < items.length && matchOne(token, items[n] as I)) {
        p++;
        n++;
        continue;
      }
    }
    if (restartP >= 0 && restartN <= items.length) {
      p = restartP;
      n = restartN;
      continue;
    }
    return false;
  }
  return true;
}
