import { textToLines } from '../blocks/from-text.js';
import { ArticleParseError } from '../errors.js';
import type { ParseContext } from '../options.js';
import type { RelatedItem } from '../schema/related-item.js';
import { splitTextLines } from '../segment/split-text-lines.js';
import { emptyDraft, type ArticleDraft } from './article-draft.js';
import { readTextItems } from './related-text-items.js';
import { linesToParagraphs } from './text-paragraphs.js';
import { deriveTitle, isTitleLine } from './text-title.js';
import { splitTrailer } from './text-trailer.js';

/**
 * Reads an aggregator plain-text dump (SPEC §"Plain-text input") into a draft: lines →
 * segments at block headings → title, lead and body from the lines before the first
 * heading, the newer layout's `Источник:` / date trailer, and the items of the
 * more-on-event and related blocks. Every line ends up in a field or in a warning.
 *
 * @throws {ArticleParseError} `EMPTY_INPUT` when the text has no non-blank line.
 * @internal
 */
export function extractTextDraft(text: string, ctx: ParseContext): ArticleDraft {
  const lines = textToLines(text);
  if (lines.length === 0) {
    throw new ArticleParseError('EMPTY_INPUT', 'The input holds only white space: pass the text of a news article.');
  }
  const { main, blocks } = splitTextLines(lines, ctx);
  const draft = emptyDraft();
  draft.url = ctx.url; // a dump has no canonical link of its own: the caller's URL is it

  let mainLines = main;
  let trailer = splitTrailer(main, ctx);
  if (trailer.found) {
    mainLines = trailer.rest;
  } else if (blocks.length > 0) {
    const last = blocks[blocks.length - 1]!;
    trailer = splitTrailer(last.lines, ctx);
    if (trailer.found) last.lines = trailer.rest;
  }
  if (trailer.found) {
    draft.publishedAt = trailer.publishedAt;
    if (trailer.source !== null) draft.source = { name: trailer.source, url: trailer.sourceUrl, city: null };
  }

  const [first, ...rest] = mainLines;
  if (first !== undefined) {
    // Without a title line, the title is derived from the first paragraph, which stays the lead.
    const titled = isTitleLine(first.text);
    const paragraphs = linesToParagraphs(titled ? rest : mainLines);
    draft.title = titled ? first.text : deriveTitle(paragraphs[0]!);
    draft.titleDerived = !titled;
    draft.lead = paragraphs[0] ?? null;
    draft.body = paragraphs.slice(1);
  }

  const seen = { moreOnEvent: new Set<string>(), related: new Set<string>() };
  for (const block of blocks) {
    const target: RelatedItem[] = draft[block.kind];
    for (const item of readTextItems(block, seen[block.kind], ctx)) target.push(item);
  }
  return draft;
}
