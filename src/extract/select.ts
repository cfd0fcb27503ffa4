import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';

/** Every element a selector matches, or none when css-select cannot read the selector. @internal */
export function safeSelectAll(selector: string, root: AnyNode | AnyNode[]): Element[] {
  try {
    return selectAll<AnyNode, Element>(selector, root);
  } catch {
    return [];
  }
}
