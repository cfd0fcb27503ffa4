import type { Parser } from 'htmlparser2';

/** Below this depth the Parser's own arrays are faster than the wrapper: keep them. */
const SWITCH_DEPTH = 256;

/**
 * htmlparser2's Parser keeps its open-element stack top-first in a plain array and
 * `unshift`s / `shift`s it on every tag, and looks up every end tag with `indexOf`: each of
 * these costs O(depth), so a page nested 100,000 deep (or one deep element followed by
 * stray end tags) takes quadratic time — minutes within the default 10 MiB limit.
 *
 * Once a page nests deeper than {@link SWITCH_DEPTH}, this swaps the Parser's `stack` and
 * `foreignContext` for the same interface over a bottom-first array (`unshift` = push,
 * `shift` = pop, `[i]` counts from the top) with a per-name count, so an end tag with no
 * open element is rejected in O(1) and a matching one is found from the top (the elements
 * above it are then closed anyway). Behaviour is unchanged (checked against the plain
 * parser by a property test); every operation is O(1) amortized. Ordinary pages never
 * reach the switch and pay one extra call per start tag.
 * @internal
 */
export function linearizeParserStacks(parser: Parser): Parser {
  const p = parser as unknown as { stack: string[]; foreignContext: unknown[]; emitOpenTag(name: string): void };
  const emitOpenTag = p.emitOpenTag;
  let switched = false;
  p.emitOpenTag = function emitOpenTagLinear(this: typeof p, name: string): void {
    emitOpenTag.call(this, name);
    if (!switched && (this.stack.length > SWITCH_DEPTH || this.foreignContext.length > SWITCH_DEPTH)) {
      switched = true;
      this.stack = topFirstStack(this.stack.slice().reverse());
      this.foreignContext = topFirstStack(this.foreignContext.slice().reverse());
    }
  };
  return parser;
}

function topFirstStack<T>(initial: T[]): T[] {
  const items: T[] = initial; // bottom first
  const counts = new Map<T, number>();
  for (const v of items) counts.set(v, (counts.get(v) ?? 0) + 1);
  const api = {
    unshift(...values: T[]): number {
      for (const v of values) {
        items.push(v);
        counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return items.length;
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined;
      const v = items.pop() as T;
      const n = (counts.get(v) ?? 1) - 1;
      if (n === 0) counts.delete(v);
      else counts.set(v, n);
      return v;
    },
    indexOf(value: T): number {
      if (!counts.has(value)) return -1;
      const i = items.lastIndexOf(value);
      return i === -1 ? -1 : items.length - 1 - i;
    },
  };
  return new Proxy(items, {
    get(target, prop) {
      if (prop === '0') return target[target.length - 1];
      if (prop === 'length') return target.length;
      if (prop === 'unshift' || prop === 'shift' || prop === 'indexOf') return api[prop];
      if (typeof prop === 'string') {
        const i = Number(prop);
        if (Number.isInteger(i) && i >= 0 && String(i) === prop) return target[target.length - 1 - i];
      }
      throw new TypeError(`linear parser stack: unsupported access ${String(prop)}`);
    },
    set(target, prop, value) {
      if (prop === 'length' && value === 0) {
        target.length = 0;
        counts.clear();
        return true;
      }
      throw new TypeError(`linear parser stack: unsupported write ${String(prop)}`);
    },
  });
}
