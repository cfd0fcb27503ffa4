/**
 * Per-call memo of the wall-clock readings every parser needs (today in the zone, the
 * year reference's calendar day), so one scan asks the zone database once for each.
 * Created fresh for every call: no state outlives it.
 * @internal
 */
import type { DateContext } from './internal.js';
import { wallTimeAt, type WallTime } from './zoned-iso.js';

/** @internal */
export interface ScanContext extends DateContext {
  memo?: { now?: WallTime | null; yearReference?: WallTime | null };
}

/** A context with an empty memo. @internal */
export function withMemo(ctx: DateContext): ScanContext {
  return { now: ctx.now, yearReference: ctx.yearReference, timeZone: ctx.timeZone, memo: {} };
}

/** Wall time of `ctx.now` in the zone (memoized; a fresh object each call). @internal */
export function nowWall(ctx: ScanContext): WallTime | null {
  const memo = ctx.memo;
  if (memo === undefined) return wallTimeAt(ctx.now, ctx.timeZone);
  if (memo.now === undefined) memo.now = wallTimeAt(ctx.now, ctx.timeZone);
  return memo.now === null ? null : { ...memo.now };
}

/** Wall time of `ctx.yearReference` in the zone (memoized). @internal */
export function yearReferenceWall(ctx: ScanContext): WallTime | null {
  const memo = ctx.memo;
  if (memo === undefined) return wallTimeAt(ctx.yearReference, ctx.timeZone);
  if (memo.yearReference === undefined) memo.yearReference = wallTimeAt(ctx.yearReference, ctx.timeZone);
  return memo.yearReference === null ? null : { ...memo.yearReference };
}
