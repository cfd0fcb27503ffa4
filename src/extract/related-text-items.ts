import type { TextLine } from '../blocks/from-text.js';
import type { ParseContext } from '../options.js';
import type { RelatedItem } from '../schema/related-item.js';
import type { TextBlock } from '../segment/split-text-lines.js';
import { foldText } from './text-fold.js';
import { isMetaLine, readItemMeta } from './text-item-meta.js';
import { ITEM_SEPARATORS, URL_LINE } from './text-vocabulary.js';
import { createWarningGroups } from './text-warnings.js';
import { trimEndChars, trimStartChars } from './trim-chars.js';

/** A source name is short; longer lines are never source lines. */
const SOURCE_MAX = 100;
/** How many separators of one line are tried when its source line is missing. */
const SEPARATORS_TRIED = 8;
/** A headline-only line longer than this that holds a dash probably hides a source and snippet. */
const LONG_HEADLINE = 150;

/**
 * Reads the items of one aggregator block (more-on-event or related). An item is one of:
 * - a text line followed by a meta line `HH:mm dd.mm.yyyy Source - City`;
 * - a line `Title - Source Snippet` followed by a line holding just `Source`, split at that
 *   source (the title may itself hold dashes) with the snippet's leading echo of the
 *   title dropped;
 * - a headline-only line.
 *
 * A `Title - Source Snippet` line whose source line is missing is split with a source
 * seen elsewhere in the block or with the snippet's echo of the title, else kept whole;
 * a source or meta line with no item before it is dropped. A line that is only a link sets
 * the `url` of the item above it. Each guess and each drop is
 * reported through `ctx.warn`. Items already in `seen` (by their folded fields) are skipped.
 *
 * @returns the block's items in input order; `[]` for an empty block.
 * @internal
 */
export function readTextItems(block: TextBlock, seen: Set<string>, ctx: ParseContext): RelatedItem[] {
  const { lines } = block;
  const where = `the "${block.heading}" block`;
  const noSourceLine = `Items with no source line after them in ${where}`;
  const notes = createWarningGroups();
  const folded = lines.map((l) => foldText(l.text));
  const knownSources = collectSources(lines, folded);
  const items: RelatedItem[] = [];
  /** The item read from the lines just before, which a link line may belong to. */
  let recent: RelatedItem | null = null;
  const push = (title: string, source: string | null = null, snippet: string | null = null, city: string | null = null, publishedAt: string | null = null) => {
    const item: RelatedItem = { title, url: null, source, city, snippet, publishedAt };
    const key = [title, source ?? '', snippet ?? '', city ?? '', publishedAt ?? ''].map(foldText).join('\u0000');
    recent = item;
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const next = lines[i + 1]?.text;
    // (`recent` is set inside push(), which TypeScript's narrowing does not follow.)
    const previous = recent as RelatedItem | null;
    recent = null;

    if (URL_LINE.test(line)) {
      if (previous !== null && previous.url === null) previous.url = line;
      else notes.add(`Dropped link lines that follow no item in ${where}`, line);
      continue;
    }
    if (isMetaLine(line)) {
      notes.add(`Dropped date lines with no headline before them in ${where}`, line);
      continue;
    }
    if (next !== undefined) {
      const meta = isMetaLine(next) ? readItemMeta(next, ctx) : null;
      if (meta !== null) {
        if (meta.publishedAt === null) {
          notes.add(`Could not read the date of items in ${where} (publishedAt left null)`, `${meta.dateText} ${line}`);
        }
        push(line, meta.source, null, meta.city, meta.publishedAt);
        i++;
        continue;
      }
      const split = next.length <= SOURCE_MAX ? splitFolded(line, folded[i]!, folded[i + 1]!) : null;
      if (split !== null) {
        push(split.title, next, split.snippet);
        i++;
        continue;
      }
    }
    if (knownSources.has(folded[i]!)) {
      notes.add(`Dropped source lines that follow no item of that source in ${where}`, line);
      continue;
    }
    const separators = separatorsOf(line);
    const recovered = splitWithKnownSource(line, folded[i]!, separators, knownSources) ?? splitAtEcho(line, folded[i]!, separators);
    if (recovered !== null) {
      notes.add(`${noSourceLine}; the source was ${recovered.how}`, `${recovered.title} - ${recovered.source}`);
      push(recovered.title, recovered.source, recovered.snippet);
      continue;
    }
    if (block.kind === 'moreOnEvent') {
      notes.add(`Items with no date line after them in ${where}, kept without date, source or city`, line);
    } else if (line.length > LONG_HEADLINE && separators.length > 0) {
      notes.add(`${noSourceLine}, kept whole as titles (their source and snippet could not be told apart)`, line);
    }
    push(line);
  }
  notes.flush(ctx);
  return items;
}

interface Split {
  title: string;
  snippet: string | null;
}

/**
 * Splits `Title - Source Snippet` at the first spaced dash followed by `source` as a whole
 * word sequence.
 */
export function splitAtSource(line: string, source: string): Split | null {
  return splitFolded(line, foldText(line), foldText(source));
}

/** {@link splitAtSource} on the already folded line and source. */
function splitFolded(line: string, foldedLine: string, foldedSource: string): Split | null {
  let best: { at: number; end: number } | null = null;
  for (const sep of ITEM_SEPARATORS) {
    const needle = sep + foldedSource;
    let from = 0;
    while (from < foldedLine.length) {
      const at = foldedLine.indexOf(needle, from);
      if (at === -1) break;
      const end = at + needle.length;
      if (at > 0 && (end === foldedLine.length || foldedLine[end] === ' ')) {
        if (best === null || at < best.at) best = { at, end };
        break;
      }
      from = at + 1;
    }
  }
  if (best === null) return null;
  const title = line.slice(0, best.at).trim();
  if (title === '') return null;
  return { title, snippet: dropEcho(title, line.slice(best.end)) };
}

/** Closing punctuation a title may end with that its echo in the snippet may lack. */
const TITLE_END = '.!?… ';
/** Punctuation left between an echo and the snippet. */
const ECHO_GAP = ' .:;,–—-';
/** A letter or digit right after an echo means the echo is only the start of a word (the end of the text, '', is neither). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Removes a leading repeat of the title from a snippet; `null` when nothing is left. */
export function dropEcho(title: string, rawSnippet: string): string | null {
  let snippet = rawSnippet.trim();
  const foldedSnippet = foldText(snippet);
  for (const echo of [title, trimEndChars(title, TITLE_END)]) {
    const folded = foldText(echo);
    if (folded === '' || !foldedSnippet.startsWith(folded)) continue;
    const after = snippet.charAt(folded.length);
    if (!WORD_CHAR.test(after)) {
      snippet = trimStartChars(snippet.slice(folded.length), ECHO_GAP);
      break;
    }
  }
  return snippet === '' ? null : snippet;
}

/** Folded lines that serve as a source line of the line before them somewhere in the block. */
function collectSources(lines: readonly TextLine[], folded: readonly string[]): Set<string> {
  const sources = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.text.length > SOURCE_MAX) continue;
    if (splitFolded(lines[i - 1]!.text, folded[i - 1]!, folded[i]!) !== null) sources.add(folded[i]!);
  }
  return sources;
}

interface Separator {
  at: number;
  length: number;
}

/**
 * The first {@link SEPARATORS_TRIED} spaced dashes of a line, in order. Each kind of
 * dash is searched for from where its previous occurrence ended, so the line is scanned
 * at most once per kind.
 */
function separatorsOf(line: string): Separator[] {
  const found: Separator[] = [];
  for (const sep of ITEM_SEPARATORS) {
    let from = 0;
    for (let n = 0; n < SEPARATORS_TRIED; n++) {
      const at = line.indexOf(sep, from);
      if (at === -1) break;
      found.push({ at, length: sep.length });
      from = at + 1;
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found.slice(0, SEPARATORS_TRIED);
}

interface Recovered extends Split {
  source: string;
  how: string;
}

/**
 * Splits a line whose source line is missing with a source named by another item of
 * the same block. Only the first few dashes and source-sized prefixes after them are
 * tried, so the cost per line is bounded.
 */
function splitWithKnownSource(line: string, folded: string, separators: readonly Separator[], known: ReadonlySet<string>): Recovered | null {
  if (known.size === 0) return null;
  for (const sep of separators) {
    const start = sep.at + sep.length;
    const limit = Math.min(folded.length, start + SOURCE_MAX);
    for (let end = start + 1; end <= limit; end++) {
      if (end !== folded.length && folded[end] !== ' ') continue;
      if (!known.has(folded.slice(start, end))) continue;
      const title = line.slice(0, sep.at).trim();
      if (title === '') break;
      return { title, source: line.slice(start, end), snippet: dropEcho(title, line.slice(end)), how: 'recognized from another item of the block' };
    }
  }
  return null;
}

/**
 * Splits `Title - Source Title Snippet` when the source line is missing, using the
 * snippet's repeat of the title to find where the source ends.
 */
function splitAtEcho(line: string, folded: string, separators: readonly Separator[]): Recovered | null {
  for (const sep of separators) {
    const title = line.slice(0, sep.at).trim();
    const start = sep.at + sep.length;
    if (title.length < 3 || title.length > 300) continue;
    const echo = ` ${folded.slice(0, sep.at).trim()}`;
    const at = folded.indexOf(echo, start);
    const end = at + echo.length;
    if (at > start && at - start <= SOURCE_MAX && !WORD_CHAR.test(folded.charAt(end))) {
      const source = line.slice(start, at).trim();
      if (source !== '') {
        return { title, source, snippet: dropEcho(title, line.slice(at)), how: 'taken from before the repeat of the title' };
      }
    }
  }
  return null;
}
