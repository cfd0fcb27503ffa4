import type { Document } from 'domhandler';
import { PageIndexer, type PageIndex } from '../blocks/from-document.js';
import type { ParseContext } from '../options.js';
import { checkDecodedText } from './read-input.js';
import { stripBom } from './decode.js';
import { decodeHtml } from './decode-html.js';
import { HTTP_RESPONSE } from './detect-kind.js';
import { LeanTreeBuilder } from './lean-tree.js';
import { HtmlTreeParser } from './html-tree-parser.js';

/** News pages hold about one element per 90 characters of markup: the page index is sized for a little more. */
const MARKUP_CHARS_PER_ELEMENT = 64;

/** A parsed page. @internal */
export interface LoadedHtml {
  /** The decoded markup. */
  html: string;
  /** The domhandler tree (htmlparser2's tree of the page), parsed once and shared by every later stage. */
  document: Document;
  /** The page index of {@link document}, built during the parse. */
  index: PageIndex;
}

/**
 * Decodes (bytes: BOM, declared charset, UTF-8, windows-1251 / KOI8-R) and parses an HTML
 * page once ({@link HtmlTreeParser}: the tree htmlparser2 builds, read faster) into a light
 * domhandler tree and its page index. The parser keeps its own explicit stack, so any
 * nesting depth is safe and linear; text before `<html>` (for example saved HTTP headers)
 * simply becomes top-level text.
 * @throws {ArticleParseError} `EMPTY_INPUT`, `NOT_AN_ARTICLE` (binary data), `UNSUPPORTED_ENCODING`.
 * @internal
 */
export function loadHtml(input: string | Uint8Array, ctx: ParseContext): LoadedHtml {
  const html = typeof input === 'string' ? stripBom(input) : decodeHtml(input, ctx.encoding);
  checkDecodedText(html);
  // O(1) work per tag at any depth, one string per distinct tag or attribute name; the
  // page index is built on the way.
  const indexer = new PageIndexer(Math.ceil(html.length / MARKUP_CHARS_PER_ELEMENT));
  const builder = new LeanTreeBuilder(indexer);
  new HtmlTreeParser(builder).parse(stripHttpHeaders(html));
  return { html, document: builder.root, index: indexer.finish(builder.root) };
}

/** Drops a leading HTTP status line and header block (up to the first `<`), which is not page text. */
function stripHttpHeaders(html: string): string {
  if (!HTTP_RESPONSE.test(html)) return html;
  const lt = html.indexOf('<');
  return lt < 0 ? html : html.slice(lt);
}
