import type { ParseContext } from '../options.js';

/** How much of a line a warning quotes. */
const QUOTE_MAX = 80;
/** How many lines one warning quotes before it only counts the rest. */
const QUOTED_LINES = 20;

/** A line shortened for a warning message. @internal */
export function quote(text: string): string {
  return text.length <= QUOTE_MAX ? `"${text}"` : `"${text.slice(0, QUOTE_MAX)}…"`;
}

/**
 * Collects what a stage dropped or guessed, grouped by reason, and reports each group as
 * one warning quoting its lines (the first {@link QUOTED_LINES}, then a count). One
 * warning per reason keeps the warnings short and their number bounded, however many
 * lines a block holds.
 * @internal
 */
export interface WarningGroups {
  add(reason: string, line: string): void;
  /** Sends one warning per reason to `ctx.warn`, in the order the reasons first came up. */
  flush(ctx: ParseContext): void;
}

/** @internal */
export function createWarningGroups(): WarningGroups {
  const groups = new Map<string, { quoted: string[]; more: number }>();
  return {
    add(reason, line) {
      let group = groups.get(reason);
      if (group === undefined) {
        group = { quoted: [], more: 0 };
        groups.set(reason, group);
      }
      if (group.quoted.length < QUOTED_LINES) group.quoted.push(quote(line));
      else group.more++;
    },
    flush(ctx) {
      for (const [reason, { quoted, more }] of groups) {
        ctx.warn(`${reason}: ${quoted.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`);
      }
      groups.clear();
    },
  };
}
