/**
 * The engine's own copy of `text`, as it keeps a property key: a string of its own
 * (never a slice that keeps a larger string, such as a whole page, alive), interned once
 * and not hashed again when it is used as a key.
 * @internal
 */
export function internalized(text: string): string {
  return Object.keys({ [text]: 0 })[0]!;
}
