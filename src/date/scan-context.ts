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

/** Wall time of `ctx[key]` in the zone, memoized in `ctx.memo` when there is one (a fresh object each call). */
function memoWall(ctx: ScanContext, key: 'now' | 'yearReference'): WallTime | null {
  const memo = ctx.memo;
  // `??=` recomputes a memoized null (an unknown zone): same result, and null stays "read".
  const wall = memo === undefined ? wallTimeAt(ctx[key], ctx.timeZone) : (memo[key] ??= wallTimeAt(ctx[key], ctx.timeZone));
  return wall === null ? null : { ...wall };
}

/** Wall time of `ctx.now` in the zone (memoized; a fresh object each call). @internal */
export function nowWall(ctx: ScanContext): WallTime | null {
  return memoWall(ctx, 'now');
}

/** Wall time of `ctx.yearReference` in the zone (memoized). @internal */
export function yearReferenceWall(ctx: ScanContext): WallTime | null {
  return memoWall(ctx, 'yearReference');
}
