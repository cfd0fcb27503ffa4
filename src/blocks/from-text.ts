import { classifyHeading, type BlockHeadingKind } from '../segment/block-headings.js';
import { normalizeText } from '../text/normalize.js';

/**
 * One non-empty line of a plain-text dump: the text block of the text pipeline.
 * @internal
 */
export interface TextLine {
  /** The line, normalized (white space collapsed, invisibles removed, homoglyphs repaired). */
  text: string;
  /** 0-based line number in the input, for messages. */
  lineNo: number;
  /** True when one or more blank lines (or the start of the input) come before it. */
  blankBefore: boolean;
  /** The block this line opens when the whole line is a block heading, else `null`. */
  heading: BlockHeadingKind | null;
}

/** No heading is longer than this (see `headingKey`). */
const HEADING_MAX = 80;

/** Any line break: CRLF, CR, LF, NEL, Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/**
 * Splits a plain-text dump into its non-empty lines, each normalized and tagged with the
 * blank line before it and whether it is a block heading ("По теме", "Ещё новости о
 * событии", …). Lines made only of white space (NBSP included) count as blank.
 *
 * @returns the lines in input order; `[]` for blank input.
 * @internal
 */
export function textToLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const raw = text.split(LINE_BREAK);
  let blank = true;
  for (let i = 0; i < raw.length; i++) {
    const normalized = normalizeText(raw[i]!);
    if (normalized === '') {
      blank = true;
      continue;
    }
    // Headings are short: skip the lookup (and its normalization) for body-sized lines.
    const heading = normalized.length <= HEADING_MAX ? classifyHeading(normalized, true) : null;
    lines.push({ text: normalized, lineNo: i, blankBefore: blank, heading });
    blank = false;
  }
  return lines;
}
