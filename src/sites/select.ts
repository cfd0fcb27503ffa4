import { compile } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';

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

/**
 * Runs selectors over the whole tree in ONE iterative pre-order pass (css-select's own
 * `selectOne` recurses and its `selectAll` shifts arrays per level: both break down on
 * very deep pages). Returns, per selector, the matching elements in document order —
 * at most `limit` each (default: all).
 * @internal
 */
export function selectEach(root: Document | Element, selectors: readonly string[], limit = Infinity): Element[][] {
  return selectEachCompiled(root, selectors.map(compileSafe), limit);
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
