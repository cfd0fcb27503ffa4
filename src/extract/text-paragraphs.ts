import type { TextLine } from '../blocks/from-text.js';

/** A line that ends like this closes its paragraph. */
const PARAGRAPH_END = /[.!?…:;»"”)]$/u;
/** A line that starts like this continues a hard-wrapped paragraph. */
const CONTINUATION_START = /^[\p{Ll}]/u;

/**
 * Groups lines into paragraphs. Each line is a paragraph, whether blank lines or single
 * line breaks separate them; only a hard-wrapped line (the previous line does not end a
 * sentence, this one starts in lower case, no blank line between) is joined to the one
 * before it.
 *
 * @returns the paragraphs in order; `[]` for no lines.
 * @internal
 */
export function linesToParagraphs(lines: readonly TextLine[]): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let last = '';
  for (const line of lines) {
    if (current.length > 0 && !line.blankBefore && !PARAGRAPH_END.test(last) && CONTINUATION_START.test(line.text)) {
      current.push(line.text);
    } else {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [line.text];
    }
    last = line.text;
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}
