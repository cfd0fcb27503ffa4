import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { compileGlob, expandBraces, hasGlobMagic, matchGlob, type CompiledGlob } from './glob.js';
import type { InputItem } from './input-item.js';

/** Extensions a directory walk picks up. */
export const WALKED_EXTENSIONS = ['.html', '.htm', '.txt', '.gz'] as const;

/** True when a directory walk should pick up this file name. */
export function isWalkedFile(name: string): boolean {
  const lower = name.toLowerCase();
  return WALKED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Turns the command-line arguments into the ordered list of inputs: a file stays itself,
 * a directory becomes its `.html/.htm/.txt/.gz` files (recursively, sorted by name), a glob
 * becomes its matches (sorted), `-` is standard input. Arguments that lead nowhere become
 * error items, so that they are reported in their place and the batch goes on.
 */
export function collectInputs(args: readonly string[]): InputItem[] {
  const items: InputItem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin', file: '-' });
      continue;
    }
    const stat = statOrNull(arg);
    if (stat?.isDirectory()) walkDirectory(arg, items);
    else if (stat !== null) items.push({ kind: 'file', file: arg });
    else if (hasGlobMagic(arg)) expandGlob(arg, items);
    else items.push({ kind: 'error', file: arg, code: 'READ_ERROR', message: `No such file or directory: ${arg}` });
  }
  return items;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** The entries of `dir` in name order, or `null` when its real path was read before. Throws when unreadable. */
function readUnvisited(dir: string, seen: Set<string>): Dirent[] | null {
  const real = realpathSync(dir);
  if (seen.has(real)) return null;
  seen.add(real);
  return readSorted(dir);
}

function readSorted(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Is this entry a directory (following a symbolic link)? Null when it is neither file nor directory. */
function entryKind(dir: string, entry: Dirent): 'dir' | 'file' | null {
  if (entry.isDirectory()) return 'dir';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return null;
  const stat = statOrNull(joinPath(dir, entry.name));
  return stat === null ? null : stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : null;
}

/**
 * Depth-first walk with an explicit stack (no recursion), in sorted order; directories
 * reached twice through symbolic links are walked once.
 */
function walkDirectory(root: string, items: InputItem[]): void {
  const seen = new Set<string>();
  const stack: string[] = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let entries: Dirent[] | null;
    try {
      entries = readUnvisited(dir, seen);
    } catch (error) {
      items.push({ kind: 'error', file: dir, code: 'READ_ERROR', message: `Cannot read directory ${dir}: ${errorText(error)}` });
      continue;
    }
    if (entries === null) continue; // already walked (a link back into the tree)
    const subdirs: string[] = [];
    for (const entry of entries) {
      const kind = entryKind(dir, entry);
      const path = joinPath(dir, entry.name);
      if (kind === 'dir') subdirs.push(path);
      else if (kind === 'file' && isWalkedFile(entry.name)) items.push({ kind: 'file', file: path });
    }
    // Files of a directory first, then its subdirectories in name order.
    for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i] as string);
  }
}

/** Expands one glob argument (with its brace alternatives) into sorted matches. */
function expandGlob(arg: string, items: InputItem[]): void {
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const alternative of expandBraces(arg)) {
    const glob = compileGlob(alternative);
    const prefix = glob.base === '.' && !alternative.startsWith('./') ? '' : glob.base === '/' ? '/' : `${glob.base}/`;
    searchGlob(glob, prefix, files, dirs);
  }
  const matches = [...files, ...dirs].sort();
  if (matches.length === 0) {
    items.push({ kind: 'error', file: arg, code: 'NO_MATCH', message: `No file matches the pattern ${arg}` });
    return;
  }
  for (const match of matches) {
    if (dirs.has(match)) walkDirectory(match, items);
    else items.push({ kind: 'file', file: match });
  }
}

/** Walks below the glob's literal base, as deep as the pattern can reach, collecting matches. */
function searchGlob(glob: CompiledGlob, prefix: string, files: Set<string>, dirs: Set<string>): void {
  const seen = new Set<string>();
  const stack: { dir: string; shown: string; depth: number }[] = [{ dir: glob.base, shown: prefix, depth: 0 }];
  while (stack.length > 0) {
    const { dir, shown, depth } = stack.pop() as { dir: string; shown: string; depth: number };
    let entries: Dirent[] | null;
    try {
      entries = readUnvisited(dir, seen);
    } catch {
      continue;
    }
    if (entries === null) continue;
    for (const entry of entries) {
      const kind = entryKind(dir, entry);
      if (kind === null) continue;
      const path = shown + entry.name;
      if (matchGlob(glob, path)) {
        (kind === 'dir' ? dirs : files).add(path);
        if (kind === 'dir') continue;
      }
      if (kind === 'dir' && (glob.deep || depth + 1 < glob.depth)) {
        stack.push({ dir: joinPath(dir, entry.name), shown: `${path}/`, depth: depth + 1 });
      }
    }
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
