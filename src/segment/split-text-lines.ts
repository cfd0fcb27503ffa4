import type { TextLine } from '../blocks/from-text.js';
import type { ParseContext } from '../options.js';
import type { BlockHeadingKind } from './block-headings.js';

/**
 * One aggregator block of a plain-text dump: its heading and the lines under it.
 * @internal
 */
export interface TextBlock {
  kind: Exclude<BlockHeadingKind, 'sitewide'>;
  /** The heading line as written (normalized). */
  heading: string;
  lines: TextLine[];
}

/**
 * A plain-text dump split at its block headings.
 * @internal
 */
export interface TextSegments {
  /** Lines before the first heading: title, lead, body (and maybe a trailer). */
  main: TextLine[];
  /** More-on-event and related blocks, in input order. */
  blocks: TextBlock[];
}

/** How much of a dropped line a warning quotes. */
const QUOTE_MAX = 80;

/**
 * Splits the lines at block headings. Lines before the first heading are the article;
 * each heading opens a block that runs to the next heading. Site-wide blocks ("Последние
 * новости", "Самое читаемое") are dropped with a warning that says how many lines went.
 *
 * @returns `main` (possibly empty) and the blocks in input order.
 * @internal
 */
export function splitTextLines(lines: readonly TextLine[], ctx: ParseContext): TextSegments {
  const main: TextLine[] = [];
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let sitewide: { heading: string; lines: TextLine[] } | null = null;

  const closeSitewide = () => {
    if (sitewide !== null && sitewide.lines.length > 0) {
      ctx.warn(
        `Dropped ${sitewide.lines.length} line(s) under the site-wide heading "${sitewide.heading}" (not part of the article and not related to it), starting with "${quote(sitewide.lines[0]!.text)}".`,
      );
    }
    sitewide = null;
  };

  for (const line of lines) {
    if (line.heading === 'sitewide') {
      closeSitewide();
      current = null;
      sitewide = { heading: line.text, lines: [] };
    } else if (line.heading !== null) {
      closeSitewide();
      current = { kind: line.heading, heading: line.text, lines: [] };
      blocks.push(current);
    } else if (sitewide !== null) {
      (sitewide as { lines: TextLine[] }).lines.push(line);
    } else if (current !== null) {
      current.lines.push(line);
    } else {
      main.push(line);
    }
  }
  closeSitewide();
  return { main, blocks };
}

/** A line shortened for a warning message. @internal */
export function quote(text: string): string {
  return text.length <= QUOTE_MAX ? text : `${text.slice(0, QUOTE_MAX)}…`;
}
