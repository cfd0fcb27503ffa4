// PLACEHOLDER — replaced by the date layer (issue #3).
import type { DateContext, InternalMention } from './internal.js';

/** Every date mention in `text`, with what was implied. @internal */
export function findDateMentions(_text: string, _ctx: DateContext): InternalMention[] {
  return [];
}
