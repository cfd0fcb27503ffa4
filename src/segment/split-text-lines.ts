import type { TextLine } from '../blocks/from-text.js';
import type { ParseContext } from '../options.js';
import { createWarningGroups } from '../extract/text-warnings.js';
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

/**
 * Splits the lines at block headings. Lines before the first heading are the article;
 * each heading opens a block that runs to the next heading. Site-wide blocks ("Последние
 * новости", "Самое читаемое") are dropped with one warning per heading quoting what went.
 *
 * @returns `main` (possibly empty) and the blocks in input order.
 * @internal
 */
export function splitTextLines(lines: readonly TextLine[], ctx: ParseContext): TextSegments {
  const main: TextLine[] = [];
  const blocks: TextBlock[] = [];
  const dropped = createWarningGroups();
  let current: TextBlock | null = null;
  let sitewide: string | null = null;

  for (const line of lines) {
    if (line.heading === 'sitewide') {
      current = null;
      sitewide = line.text;
    } else if (line.heading !== null) {
      sitewide = null;
      current = { kind: line.heading, heading: line.text, lines: [] };
      blocks.push(current);
    } else if (sitewide !== null) {
      dropped.add(`Dropped lines under the site-wide heading "${sitewide}" (neither article text nor related to it)`, line.text);
    } else if (current !== null) {
      current.lines.push(line);
    } else {
      main.push(line);
    }
  }
  dropped.flush(ctx);
  return { main, blocks };
}
