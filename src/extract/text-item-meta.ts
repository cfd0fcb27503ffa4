import type { ParseContext } from '../options.js';
import { parseRussianDate } from '../date/parse-russian-date.js';
import type { ParsedDate } from '../schema/parsed-date.js';
import { ITEM_SEPARATORS } from './text-vocabulary.js';

/**
 * What the second line of a more-on-event pair says: `HH:mm dd.mm.yyyy Source - City`.
 * @internal
 */
export interface ItemMeta {
  /** The date-and-time part as written (`23:16 04.12.2017`). */
  dateText: string;
  /** ISO value read by the date layer, or `null` when it could not read it. */
  publishedAt: string | null;
  source: string | null;
  city: string | null;
}

/**
 * Shape of the meta line, on normalized text (single spaces): a time and a numeric date in
 * either order, then optionally the rest (`Source - City`). Only the shape is checked
 * here; the date itself is read by `parseRussianDate`.
 */
const META_LINE =
  /^(\d{1,2}:\d{2} \d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4},? (?:в )?\d{1,2}:\d{2})(?: (.+))?$/u;

/**
 * Says whether a line has the shape of a more-on-event meta line, without reading its
 * date (cheap: a regex on short lines only).
 * @internal
 */
export function isMetaLine(line: string): boolean {
  return matchMetaLine(line) !== null;
}

function matchMetaLine(line: string): RegExpExecArray | null {
  return line.length > 300 ? null : META_LINE.exec(line);
}

/** Reads a date with `parseRussianDate` in the parse's time zone and reference date. @internal */
export function readDate(text: string, ctx: ParseContext): ParsedDate | null {
  return parseRussianDate(text, { timeZone: ctx.timeZone, reference: ctx.referenceDate });
}

/**
 * Reads a more-on-event meta line (`23:16 04.12.2017 Администрация Кировского района - Киров`):
 * the date through the date layer in `ctx.timeZone`, then the source and the city, split at
 * the last spaced dash. A line without a dash is all source.
 *
 * @returns the parts, or `null` when the line does not have the shape of a meta line.
 * @internal
 */
export function readItemMeta(line: string, ctx: ParseContext): ItemMeta | null {
  const m = matchMetaLine(line);
  if (m === null) return null;
  const dateText = m[1]!;
  const parsed = readDate(dateText, ctx);
  const rest = (m[2] ?? '').trim();
  let source: string | null = rest || null;
  let city: string | null = null;
  let cut = -1;
  let cutLength = 0;
  for (const sep of ITEM_SEPARATORS) {
    const at = rest.lastIndexOf(sep);
    if (at > cut) {
      cut = at;
      cutLength = sep.length;
    }
  }
  if (cut > 0) {
    city = rest.slice(cut + cutLength).trim() || null;
    source = rest.slice(0, cut).trim() || null;
  }
  return { dateText, publishedAt: parsed?.value ?? null, source, city };
}
