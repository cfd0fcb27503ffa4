import { compile } from 'css-select';
import { parse, SelectorType, type Selector } from 'css-what';
import type { AnyNode, Document, Element } from 'domhandler';
import { escapeRegex } from '../text/escape-regex.js';
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
  const all = tests.map((_, i) => i);
  let open = tests.filter((t) => t !== null).length;
  // The root's children, reversed so that they pop in page order (the root itself is not tested).
  const stack: AnyNode[] = root.children.slice().reverse();
  while (stack.length > 0 && open > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    open -= runSome(node as Element, tests, found, all, limit);
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/**
 * Selectors compiled for one walk that runs many of them on every element: each is filed
 * under what its subject must have — a tag name, else an attribute — read from the
 * selector itself, so that an element is tried only against the selectors it could match
 * (a `<p>` without attributes is tried against none of `meta[name=…]`, `.news-detail`,
 * `[id^="news-id-"]`). Selectors with no such requirement are tried on every element.
 * @internal
 */
export interface TestPlan {
  tests: readonly (Test | null)[];
  byTag: ReadonlyMap<string, readonly number[]>;
  byAttribute: ReadonlyMap<string, readonly number[]>;
  always: readonly number[];
  /**
   * The selectors that are one class name (`.full-story`), matched on the `class`
   * attribute's value directly (a substring check, then css-select's own token regex)
   * instead of through css-select: they are tried on every element with a class.
   */
  byClass: readonly ClassTest[];
}

/** A single-class selector of a {@link TestPlan}. @internal */
export interface ClassTest {
  name: string;
  /** css-select's test for `[class~=name]`: the name between white space or the ends. */
  token: RegExp;
  index: number;
}

/** @internal */
export function planTests(selectors: readonly string[]): TestPlan {
  const byTag = new Map<string, number[]>();
  const byAttribute = new Map<string, number[]>();
  const always: number[] = [];
  const byClass: ClassTest[] = [];
  selectors.forEach((selector, i) => {
    const groups = parseSafe(selector);
    const name = singleClass(groups);
    const need = name === null ? subjectNeeds(groups) : null;
    if (name !== null) byClass.push({ name, token: new RegExp(`(?:^|\\s)${escapeRegex(name)}(?:$|\\s)`), index: i });
    else if (need === null) always.push(i);
    else {
      const map = need.tag !== undefined ? byTag : byAttribute;
      const key = need.tag ?? need.attribute!;
      let list = map.get(key);
      if (list === undefined) map.set(key, (list = []));
      list.push(i);
    }
  });
  return { tests: selectors.map(compiledSelector), byTag, byAttribute, always, byClass };
}

/** The selector's groups as css-what reads them, or null when it cannot. */
function parseSafe(selector: string): Selector[][] | null {
  try {
    return parse(selector);
  } catch {
    return null;
  }
}

/** The class name of a selector that is exactly one class (`.name`, matched case-sensitively, as css-select does outside quirks mode), else null. */
function singleClass(groups: Selector[][] | null): string | null {
  const t = groups !== null && groups.length === 1 && groups[0]!.length === 1 ? groups[0]![0]! : null;
  return t !== null && t.type === SelectorType.Attribute && t.name === 'class' && t.action === 'element' && t.namespace === null &&
    t.ignoreCase === 'quirks' && t.value !== '' && !/\s/.test(t.value)
    ? t.value
    : null;
}

/**
 * The tag name, else an attribute name, that every element matched by the selector has
 * (lower-cased, as the parser writes them); null when there is none to rely on (a
 * selector list, `*`, pseudo-classes only, or a selector css-what cannot read).
 */
function subjectNeeds(groups: Selector[][] | null): { tag?: string; attribute?: string } | null {
  if (groups === null || groups.length !== 1) return null;
  const tokens = groups[0]!;
  let attribute: string | undefined;
  // The subject is the last compound: the tokens after the last combinator.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.type === SelectorType.Tag) return { tag: t.name.toLowerCase() };
    if (t.type === SelectorType.Attribute) {
      // Every attribute test but `[a!=v]` needs the attribute present.
      if (t.namespace === null && t.action !== 'not') attribute ??= t.name.toLowerCase();
    } else if (t.type !== SelectorType.Pseudo && t.type !== SelectorType.PseudoElement && t.type !== SelectorType.Universal) break;
  }
  return attribute === undefined ? null : { attribute };
}

/**
 * Runs the tests of `plan` that `el` could match and that are still open in `open` (a
 * per-walk copy of `plan.tests`); each records its first match in `found` and is then
 * closed (a test that throws is closed with no match). Returns how many were closed.
 * @internal
 */
export function runPlannedTests(el: Element, plan: TestPlan, open: (Test | null)[], found: Element[][]): number {
  let closed = runSome(el, open, found, plan.byTag.get(el.name));
  if (plan.byAttribute.size > 0 || plan.byClass.length > 0) {
    const attribs = el.attribs;
    for (const name in attribs) {
      if (name === 'class') closed += runClassTests(el, attribs[name]!, plan.byClass, open, found);
      closed += runSome(el, open, found, plan.byAttribute.get(name));
    }
  }
  return closed + runSome(el, open, found, plan.always);
}

/** Records `el` for the open single-class tests its class value holds; each closes at its first match. */
function runClassTests(el: Element, value: string, tests: readonly ClassTest[], open: (Test | null)[], found: Element[][]): number {
  let closed = 0;
  for (const t of tests) {
    if (open[t.index] == null || !value.includes(t.name) || !t.token.test(value)) continue;
    found[t.index]!.push(el);
    open[t.index] = null;
    closed++;
  }
  return closed;
}

/** Runs the open tests at `indexes` on `el`; a test closes at its `limit`-th match or when it throws. Returns how many closed. */
function runSome(el: Element, open: (Test | null)[], found: Element[][], indexes: readonly number[] | undefined, limit = 1): number {
  if (indexes === undefined) return 0;
  let closed = 0;
  for (const s of indexes) {
    const test = open[s];
    if (test == null) continue;
    let hit = false;
    try {
      hit = test(el);
    } catch {
      open[s] = null;
      closed++;
      continue;
    }
    if (hit && found[s]!.push(el) >= limit) {
      open[s] = null;
      closed++;
    }
  }
  return closed;
}
