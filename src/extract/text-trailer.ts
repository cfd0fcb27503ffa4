import type { TextLine } from '../blocks/from-text.js';
import type { ParseContext } from '../options.js';
import { foldText } from './text-fold.js';
import { readDate } from './text-item-meta.js';
import { SOURCE_LABELS, URL_LINE } from './text-vocabulary.js';
import { quote } from './text-warnings.js';

/**
 * The trailer of the aggregator's newer layout: `Источник: Name` and a `dd.mm.yyyy HH:mm`
 * line after the body.
 * @internal
 */
export interface TextTrailer {
  /** The lines before the trailer. */
  rest: TextLine[];
  source: string | null;
  /** A link line next to the source line: the source's URL. */
  sourceUrl: string | null;
  publishedAt: string | null;
  /** True when a trailer was found (even one whose date could not be read). */
  found: boolean;
}

/** A numeric date with an optional time, or a time then a date: the shape of a trailer date line. */
const NUMERIC_DATE_LINE =
  /^(?:\d{1,2}\.\d{1,2}\.\d{2,4}(?:,? (?:в )?\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})? \d{1,2}\.\d{1,2}\.\d{2,4})$/u;
/** Longest date line worth handing to the date layer. */
const DATE_LINE_MAX = 60;

/**
 * Takes the trailer off the end of `lines`: at most one `Источник: Name` line, one date
 * line and, next to the source line, one link line (the source's URL), in any order. A lone date line counts only when it is numeric
 * (`20.06.2024 10:15`) and is not the only line left; with a source line next to it, any
 * whole-line date the date layer reads (`20 июня 2024, 10:15`) counts.
 *
 * @returns the remaining lines and what the trailer said; `found: false` and the lines
 *   unchanged when there is no trailer.
 * @internal
 */
export function splitTrailer(lines: readonly TextLine[], ctx: ParseContext): TextTrailer {
  let end = lines.length;
  let sourceLine: string | null = null;
  let dateLine: TextLine | null = null;
  let urlLine: string | null = null;
  let source: string | null = null;
  while (end > 0) {
    const line = lines[end - 1]!;
    const label = sourceLabelValue(line.text);
    if (label !== null && sourceLine === null) {
      sourceLine = line.text;
      source = label;
      end--;
    } else if (urlLine === null && URL_LINE.test(line.text)) {
      urlLine = line.text;
      end--;
    } else if (dateLine === null && line.text.length <= DATE_LINE_MAX && isDateLine(line.text, ctx)) {
      dateLine = line;
      end--;
    } else {
      break;
    }
  }
  // Without a source line, only a lone numeric date line that is not the only line makes a
  // trailer: a link belongs to the trailer only next to a source line, and a lone non-numeric
  // date (or the only line) is body text.
  if (sourceLine === null && (urlLine !== null || dateLine === null || !NUMERIC_DATE_LINE.test(dateLine.text) || end === 0)) {
    return { rest: lines.slice(), source: null, sourceUrl: null, publishedAt: null, found: false };
  }

  let publishedAt: string | null = null;
  if (dateLine !== null) {
    publishedAt = readDate(dateLine.text, ctx)?.value ?? null;
    if (publishedAt === null) ctx.warn(`Could not read the publication date ${quote(dateLine.text)} in the trailer; publishedAt is null.`);
  }
  if (source === '') {
    // The source line named no one (source is only set together with sourceLine).
    ctx.warn(`Dropped an empty source line ${quote(sourceLine!)} in the trailer.`);
    if (urlLine !== null) ctx.warn(`Dropped the link ${quote(urlLine)} of an empty source line in the trailer.`);
  }
  const named = source || null;
  return { rest: lines.slice(0, end), source: named, sourceUrl: named === null ? null : urlLine, publishedAt, found: true };
}

/** The name after `Источник:` (possibly `''`), or `null` when the line is not a source line. */
function sourceLabelValue(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 30) return null;
  const label = foldText(text.slice(0, colon).trim());
  if (!SOURCE_LABELS.includes(label)) return null;
  return text.slice(colon + 1).trim();
}

function isDateLine(text: string, ctx: ParseContext): boolean {
  if (NUMERIC_DATE_LINE.test(text)) return true;
  const parsed = readDate(text, ctx);
  return parsed !== null && parsed.text.length >= text.length - 1 && parsed.granularity !== 'year' && parsed.granularity !== 'month';
}
