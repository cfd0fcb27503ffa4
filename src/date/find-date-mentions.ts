import { collectCandidates } from './collect-candidates.js';
import type { DateContext, InternalMention } from './internal.js';
import { withMemo } from './scan-context.js';

/**
 * Every date mention in `text`, in order, with what was implied: `yearImplied` when the
 * year was inferred from `ctx.yearReference`, `relative` for expressions read against
 * `ctx.now` ("вчера", "2 часа назад"). Never throws; `text` of each mention equals
 * `text.slice(index, index + mention.text.length)`.
 *
 * @example
 * ```ts
 * findDateMentions('Встреча прошла 24 ноября.', {
 *   now: new Date('2017-12-04T12:00:00Z'), yearReference: new Date('2017-12-04T12:00:00Z'), timeZone: 'Europe/Moscow',
 * });
 * //=> [{ text: '24 ноября', index: 15, value: '2017-11-24', granularity: 'day', yearImplied: true, relative: false }]
 * ```
 * @internal
 */
export function findDateMentions(text: string, ctx: DateContext): InternalMention[] {
  return findDateMentionsWithYearUse(text, ctx).mentions;
}

/**
 * {@link findDateMentions}, also telling whether any date written without a year was met
 * (the only use of `ctx.yearReference`): when none was, a scan with another year reference
 * returns the same mentions.
 * @internal
 */
export function findDateMentionsWithYearUse(text: string, ctx: DateContext): { mentions: InternalMention[]; yearReferenceUsed: boolean } {
  if (typeof text !== 'string' || text === '') return { mentions: [], yearReferenceUsed: false };
  const scan = withMemo(ctx);
  try {
    const mentions = collectCandidates(text, scan, false).map(toMention);
    return { mentions, yearReferenceUsed: scan.memo?.yearReference !== undefined };
  } catch {
    return { mentions: [], yearReferenceUsed: true };
  }
}

/** Strips the finder's working fields. @internal */
export function toMention(c: InternalMention): InternalMention {
  const m: InternalMention = {
    text: c.text,
    index: c.index,
    value: c.value,
    granularity: c.granularity,
    yearImplied: c.yearImplied,
    relative: c.relative,
  };
  if (c.end !== undefined) m.end = c.end;
  return m;
}
