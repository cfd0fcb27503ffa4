import { compile } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { BUILTIN_SITE_RULES } from './builtin-rules.js';

/** A compiled selector test, or `null` for a selector css-select cannot read. @internal */
export type Test = (el: Element) => boolean;

/** Compiles a selector once; `null` when css-select cannot read it. @internal */
export function compileSafe(selector: string): Test | null {
  try {
    return compile<AnyNode, Element>(selector) as unknown as Test;
  } catch {
    return null;
  }
}

/** Every selector of the built-in site rules, compiled once at load (an immutable table). */
const BUILTIN_COMPILED: ReadonlyMap<string, Test | null> = new Map(
  BUILTIN_SITE_RULES.flatMap((rule) =>
    Object.entries(rule).flatMap(([field, value]) => (field !== 'hosts' && Array.isArray(value) ? (value as string[]) : [])),
  ).map((selector) => [selector, compileSafe(selector)]),
);

/** {@link compileSafe}, served from the built-in rules' table when the selector is one of theirs. @internal */
export function compiledSelector(selector: string): Test | null {
  const test = BUILTIN_COMPILED.get(selector);
  return test !== undefined ? test : compileSafe(selector);
}

/**
 * Runs selectors over the whole tree in ONE iterative pre-order pass (css-select's own
 * `selectOne` recurses and its `selectAll` shifts arrays per level: both break down on
 * very deep pages). Returns, per selector, the matching elements in document order —
 * at most `limit` each (default: all).
 * @internal
 */
export function selectEach(root: Document | Element, selectors: readonly string[], limit = Infinity): Element[][] {
  return selectEachCompiled(root, selectors.map(compiledSelector), limit);
}

/** {@link selectEach} with selectors compiled beforehand (see {@link compileSafe}). @internal */
export function selectEachCompiled(root: Document | Element, compiled: readonly (Test | null)[], limit = Infinity): Element[][] {
  const tests = compiled.slice();
  const found: Element[][] = tests.map(() => []);
  if (tests.every((t) => t === null)) return found;
  let open = tests.filter((t) => t !== null).length;
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0 && open > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    for (let s = 0; s < tests.length; s++) {
      const test = tests[s];
      if (test == null || found[s]!.length >= limit) continue;
      let hit = false;
      try {
        hit = test(el);
      } catch {
        tests[s] = null;
        open--;
      }
      if (hit) {
        found[s]!.push(el);
        if (found[s]!.length >= limit) open--;
      }
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/**
 * The first element (in document order) matched by the first selector of `selectors`
 * that matches anything; `null` when none does.
 * @internal
 */
export function selectFirst(root: Document | Element, selectors: readonly string[]): Element | null {
  if (selectors.length === 0) return null;
  for (const list of selectEach(root, selectors, 1)) if (list.length > 0) return list[0]!;
  return null;
}
