import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import { FOREIGN_CONTEXT_ELEMENTS, HTML_INTEGRATION_ELEMENTS, OPEN_IMPLIES_CLOSE, VOID_ELEMENTS } from './html-tag-rules.js';
import { internalized } from '../text/internalized.js';

/** What a {@link HtmlTreeParser} reports: the tree-building subset of htmlparser2's `Handler`. @internal */
export interface TreeSink {
  /** An element opens (its attributes complete). */
  onopentag(name: string, attribs: Record<string, string>): void;
  /** The innermost open element closes. */
  onclosetag(): void;
  /** Text; consecutive pieces of one text node may come one by one (around a dropped comment, or `</>`). */
  ontext(data: string): void;
  /** `<!doctype …>` as `('!doctype', '!doctype …')`, `<?xml …?>` as `('?xml', '?xml …?')`. */
  onprocessinginstruction(name: string, data: string): void;
  /** The page ended (every element closed). */
  onend(): void;
}

/** Slots of the name table (a power of two; a page has about 100 distinct names). */
const SLOTS = 1024;
/** Longer names are not worth a slot. */
const MAX_NAME = 32;
/** Attribute names of a tag checked for repeats by comparison; the rest by lookup. */
const LISTED_ATTRIBUTES = 16;
const hasOwn = Object.prototype.hasOwnProperty;
/**
 * Names read so far, by hash (a slot keeps the last name that landed in it). Shared by all
 * parsers: a cache that every lookup checks against the page, so the next page finds its
 * `div`, `class` and `href` here instead of making them again.
 */
const NAMES: string[] = new Array<string>(SLOTS).fill('');
const INSTRUCTION_NAME_END = /\s|\//;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const AMP = 0x26;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const BRACKET = 0x5b;

// Character classes over ASCII, as bits: what ends a name or a value in a tag.
const WS = 1;
const TAG_NAME_END = 2;
const ATTRIBUTE_NAME_END = 4;
const UNQUOTED_END = 8;
const CLOSING_NAME_END = 16;
const CLASSES = new Uint8Array(128);
for (const c of [9, 10, 12, 13, 32]) CLASSES[c] = WS | TAG_NAME_END | ATTRIBUTE_NAME_END | UNQUOTED_END | CLOSING_NAME_END;
CLASSES[SLASH] = TAG_NAME_END | ATTRIBUTE_NAME_END;
CLASSES[GT] = TAG_NAME_END | ATTRIBUTE_NAME_END | UNQUOTED_END | CLOSING_NAME_END;
CLASSES[EQ] = ATTRIBUTE_NAME_END;

/** True when `c` (a UTF-16 code unit) is in the character class `bits`. */
function is(c: number, bits: number): boolean {
  return c < 128 && (CLASSES[c]! & bits) !== 0;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** End sequences of the elements whose content is raw text, lower case. */
const SCRIPT_END = '</script';
const STYLE_END = '</style';
const TITLE_END = '</title';
const TEXTAREA_END = '</textarea';
const XMP_END = '</xmp';
const CDATA_START = 'CDATA[';

/** The attributes of every element that has none: one shared object, never written (no stage edits the tree). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Parses a whole HTML page into {@link TreeSink} events, building the tree htmlparser2's
 * `Parser` builds in HTML mode (entities decoded, tag and attribute names lower-cased,
 * implied closes, void and foreign elements, raw text in `<script>`, `<style>`,
 * `<title>`, `<textarea>` and `<xmp>`, `</p>` and `</br>` without a start tag, and its
 * handling of unfinished markup at the end of the page; comments and CDATA dropped),
 * string for string: a property test compares the two trees on generated tag soup and
 * pages, and another its linear time at any depth. Entities are decoded by the same
 * decoder htmlparser2 uses (the `entities` package).
 *
 * htmlparser2's Tokenizer reads a page a character at a time through a state switch; on
 * news pages that was about a third of the whole parse. Here text, names and values are
 * found with `indexOf` and tight loops over character classes, a tag is read in one
 * straight pass, and:
 *
 * - every tag and attribute name comes from a small table that all pages share, lower-cased
 *   as ASCII and made once as the engine's own one-byte copy of the name. A page with
 *   Cyrillic text is a two-byte string; the Parser cut each of the ~3,000 names of a news
 *   page out of it as a new two-byte string, lower-cased it through the full Unicode case
 *   mapping, and every use of it as a key hashed it again;
 * - the open elements are kept bottom-first with a count per name, so every start and end
 *   tag costs O(1) at any nesting depth (the Parser's top-first array made each one cost
 *   O(depth): quadratic on a page nested 100,000 deep, or on stray end tags).
 * @internal
 */
export class HtmlTreeParser {
  private html = '';
  /** The start tag being read: its name and attributes. */
  private tagname = '';
  private attribs: Record<string, string> = NO_ATTRIBUTES;
  /** Names of the current tag's attributes so far (the first {@link LISTED_ATTRIBUTES} of them). */
  private readonly attribNames: string[] = [];
  private attribCount = 0;
  /** Hash of the name {@link scanName} read last, or -1 when it is not short ASCII. */
  private nameHash = 0;
  /** Open elements, the outermost first. */
  private readonly stack: string[] = [];
  /** How many elements of each name are open. */
  private readonly openCount = new Map<string, number>();
  /** Foreign-content flags, the innermost last (the HTML document itself is not foreign). */
  private readonly foreign: boolean[] = [false];
  /** Position of the next `&` at or after the last place asked about (the page length when none). */
  private nextAmp = -1;
  private readonly decoder: EntityDecoder;
  /** What the decoder produced for the current entity, and how many characters it took. */
  private decoded = '';
  private entityLength = 0;

  constructor(private readonly sink: TreeSink) {
    this.decoder = new EntityDecoder(htmlDecodeTree, (cp, consumed) => {
      this.decoded += String.fromCodePoint(cp);
      this.entityLength = consumed;
    });
  }

  /** Parses `html` (once per parser). */
  parse(html: string): void {
    this.html = html;
    const n = html.length;
    let textStart = 0;
    let p = 0;
    while (p < n) {
      const lt = html.indexOf('<', p);
      if (lt < 0) break;
      const c = lt + 1 < n ? html.charCodeAt(lt + 1) : -1;
      let next: number;
      if (isAsciiAlpha(c)) {
        this.text(textStart, lt);
        next = this.startTag(lt);
      } else if (c === SLASH) {
        const end = this.endTag(lt, textStart);
        if (end < 0) {
          // `</>` or `</ >`: text.
          p = -end;
          continue;
        }
        next = end;
      } else if (c === BANG) {
        this.text(textStart, lt);
        next = this.declaration(lt);
      } else if (c === QUESTION) {
        this.text(textStart, lt);
        next = this.instructionAt(lt);
      } else {
        // A `<` that starts no markup is text.
        p = lt + 1;
        continue;
      }
      textStart = p = next;
    }
    if (textStart < n) this.text(textStart, n);
    for (let i = this.stack.length; i > 0; i--) this.sink.onclosetag();
    this.stack.length = 0;
    this.sink.onend();
  }

  /** Text `[from, to)` of the page, entities decoded. */
  private text(from: number, to: number): void {
    if (from < to) this.sink.ontext(this.decode(from, to, DecodingMode.Legacy));
  }

  /** Text that the tokenizer leaves undecoded: what is left of a page that ends inside markup. */
  private rawText(from: number): void {
    if (from < this.html.length) this.sink.ontext(this.html.slice(from));
  }

  /** `[from, to)` with every entity decoded as htmlparser2's Tokenizer decodes it there. */
  private decode(from: number, to: number, mode: DecodingMode): string {
    const html = this.html;
    let amp = this.ampFrom(from);
    if (amp >= to) return html.slice(from, to);
    let out = '';
    let start = from;
    while (amp < to) {
      const length = this.entityAt(amp, mode);
      if (length > 0) {
        out += html.slice(start, amp) + this.decoded;
        start = amp + length;
      }
      amp = this.ampFrom(length > 0 ? amp + length : amp + 1);
    }
    return out + html.slice(start, to);
  }

  /** Decodes the entity at `amp` into {@link decoded}; its length, or 0 when it is none. */
  private entityAt(amp: number, mode: DecodingMode): number {
    const decoder = this.decoder;
    this.decoded = '';
    decoder.startEntity(mode);
    if (decoder.write(this.html, amp + 1) < 0) decoder.end();
    return this.decoded === '' ? 0 : this.entityLength;
  }

  private ampFrom(from: number): number {
    if (this.nextAmp < from) {
      const at = this.html.indexOf('&', from);
      this.nextAmp = at < 0 ? this.html.length : at;
    }
    return this.nextAmp;
  }

  /** A start tag at `lt` (`<` and a letter); returns where the text after it starts. */
  private startTag(lt: number): number {
    const html = this.html;
    const n = html.length;
    const nameStart = lt + 1;
    let p = this.scanName(nameStart, TAG_NAME_END);
    if (p >= n) {
      // The page ends inside the name: dropped, unless it could still have been a raw-text element's.
      if (rawTextEnd(html, nameStart, n, true) !== null) this.rawText(nameStart);
      return n;
    }
    const special = rawTextEnd(html, nameStart, p, false);
    this.openTag(this.scannedName(nameStart, p));
    for (;;) {
      while (p < n && is(html.charCodeAt(p), WS)) p++;
      if (p >= n) return n;
      let c = html.charCodeAt(p);
      if (c === GT) {
        this.endOpenTag();
        return special === null ? p + 1 : this.rawTextElement(p + 1, special);
      }
      if (c === SLASH) {
        p++;
        while (p < n && is(html.charCodeAt(p), WS)) p++;
        if (p >= n) return this.lastCharacterAsText();
        if (html.charCodeAt(p) === GT) {
          this.selfClosingTag();
          return p + 1;
        }
        // The slash only separated attributes.
        continue;
      }
      // An attribute name: this character, whatever it is, and up to `=`, `/`, `>` or white space.
      const attribStart = p;
      p = this.scanName(attribStart, ATTRIBUTE_NAME_END);
      if (p >= n) return n;
      const attribName = this.scannedName(attribStart, p);
      while (p < n && is(html.charCodeAt(p), WS)) p++;
      if (p >= n) return n;
      if (html.charCodeAt(p) !== EQ) {
        // No value: the next character starts the next attribute or ends the tag.
        this.attribute(attribName, '');
        continue;
      }
      p++;
      while (p < n && is(html.charCodeAt(p), WS)) p++;
      if (p >= n) return n;
      c = html.charCodeAt(p);
      if (c === DQ || c === SQ) {
        const close = html.indexOf(c === DQ ? '"' : "'", p + 1);
        if (close < 0) return n;
        this.attribute(attribName, this.decode(p + 1, close, DecodingMode.Attribute));
        p = close + 1;
      } else {
        const valueStart = p;
        while (p < n && !is(html.charCodeAt(p), UNQUOTED_END)) p++;
        if (p >= n) return n;
        this.attribute(attribName, this.decode(valueStart, p, DecodingMode.Attribute));
      }
    }
  }

  /**
   * The raw text of a `<script>`, `<style>`, `<title>`, `<textarea>` or `<xmp>` from `from`,
   * up to the end tag found as htmlparser2's Tokenizer finds it (entities decoded in
   * `<title>` only), then that end tag; returns where the text after it starts.
   */
  private rawTextElement(from: number, endSequence: string): number {
    const html = this.html;
    const n = html.length;
    const length = endSequence.length;
    const title = endSequence === TITLE_END;
    let out = '';
    let sectionStart = from;
    let matched = 0;
    let p = from;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (matched === length) {
        if (c === GT || is(c, WS)) {
          const end = p - length;
          out += html.slice(sectionStart, end);
          if (out !== '') this.sink.ontext(out);
          this.closeTag(this.scannedName(end + 2, this.scanName(end + 2, CLOSING_NAME_END)));
          return this.afterEndTagName(p);
        }
        matched = 0;
      }
      // Compared as the Tokenizer compares: the code unit with bit 0x20 set.
      if ((c | 0x20) === endSequence.charCodeAt(matched)) {
        matched++;
      } else if (matched === 0) {
        if (title) {
          if (c === AMP) {
            const entity = this.entityAt(p, DecodingMode.Legacy);
            if (entity > 0) {
              out += html.slice(sectionStart, p) + this.decoded;
              sectionStart = p = p + entity;
              continue;
            }
          }
        } else {
          const next = html.indexOf('<', p + 1);
          if (next < 0) break;
          p = next;
          matched = 1;
        }
      } else {
        matched = c === LT ? 1 : 0;
      }
      p++;
    }
    out += html.slice(sectionStart);
    if (out !== '') this.sink.ontext(out);
    return n;
  }

  /**
   * An end tag at `lt` (`</`); returns where the text after it starts, or minus the
   * position to go on scanning text from when `</…>` is text itself (`</>`, `</ >`).
   */
  private endTag(lt: number, textStart: number): number {
    const html = this.html;
    const n = html.length;
    let p = lt + 2;
    while (p < n && is(html.charCodeAt(p), WS)) p++;
    if (p >= n) {
      this.text(textStart, n);
      return n;
    }
    const c = html.charCodeAt(p);
    if (c === GT) return -(p + 1);
    this.text(textStart, lt);
    if (!isAsciiAlpha(c)) {
      // `</1…>` and the like: a bogus comment up to `>`.
      const gt = html.indexOf('>', p);
      if (gt >= 0) return gt + 1;
      this.rawText(p);
      return n;
    }
    const nameStart = p;
    p = this.scanName(nameStart, CLOSING_NAME_END);
    if (p >= n) return n;
    this.closeTag(this.scannedName(nameStart, p));
    return this.afterEndTagName(p);
  }

  /** Skips the rest of an end tag from `p` (just after its name) to its `>`. */
  private afterEndTagName(p: number): number {
    const html = this.html;
    const gt = html.charCodeAt(p) === GT ? p : html.indexOf('>', p + 1);
    return gt >= 0 ? gt + 1 : this.lastCharacterAsText();
  }

  /**
   * A page that ends after a `/` in a start tag, or after an end tag's name: htmlparser2
   * reports its last character as text. Returns the page length.
   */
  private lastCharacterAsText(): number {
    this.rawText(this.html.length - 1);
    return this.html.length;
  }

  /** `<!…>` at `lt`: a comment, CDATA (both dropped) or a declaration such as `<!doctype html>`. */
  private declaration(lt: number): number {
    const html = this.html;
    const n = html.length;
    const start = lt + 2;
    if (start >= n) return n;
    const c = html.charCodeAt(start);
    let from = start + 1;
    if (c === BRACKET) {
      let i = 0;
      while (i < CDATA_START.length && from + i < n && html.charCodeAt(from + i) === CDATA_START.charCodeAt(i)) i++;
      if (i === CDATA_START.length) return this.commentLike(from + i, ']]>', 0);
      if (from + i >= n) {
        this.rawText(start);
        return n;
      }
      // Not CDATA: a declaration, from the character that differed.
      from += i;
    } else if (c === DASH) {
      if (from >= n) {
        this.rawText(start);
        return n;
      }
      if (html.charCodeAt(from) === DASH) return this.commentLike(from + 1, '-->', 2);
      from++;
    }
    const gt = html.indexOf('>', from);
    if (gt < 0) {
      this.rawText(start);
      return n;
    }
    this.instruction('!', html.slice(start, gt));
    return gt + 1;
  }

  /** `<?…>` at `lt`. */
  private instructionAt(lt: number): number {
    const html = this.html;
    const gt = html.indexOf('>', lt + 2);
    if (gt < 0) {
      this.rawText(lt + 2);
      return html.length;
    }
    this.instruction('?', html.slice(lt + 2, gt));
    return gt + 1;
  }

  /**
   * The end of a comment (`-->`) or CDATA section (`]]>`) whose content starts at `from`,
   * `matched` characters of the end already seen (`<!-->` is a whole comment); returns
   * where the text after it starts.
   */
  private commentLike(from: number, end: string, matched: number): number {
    const html = this.html;
    const n = html.length;
    let p = from;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (c === end.charCodeAt(matched)) {
        if (++matched === end.length) return p + 1;
      } else if (matched === 0) {
        const next = html.indexOf(end[0]!, p + 1);
        if (next < 0) return n;
        p = next;
        matched = 1;
      } else if (c !== end.charCodeAt(matched - 1)) {
        // (A repeated `-` or `]` keeps the match: `--->` and `]]]>` end it too.)
        matched = 0;
      }
      p++;
    }
    return n;
  }

  /** An attribute of the start tag being read. */
  private attribute(name: string, value: string): void {
    let attribs = this.attribs;
    // The first of two attributes with one name wins. A tag's first few names are compared
    // here rather than looked up on the object (attribute objects come in hundreds of
    // shapes); past those, a lookup, so that a tag with 100,000 attributes stays linear.
    const count = this.attribCount;
    if (count <= LISTED_ATTRIBUTES) {
      const names = this.attribNames;
      for (let i = 0; i < count; i++) if (names[i] === name) return;
      if (count < LISTED_ATTRIBUTES) names[count] = name;
    } else if (hasOwn.call(attribs, name)) {
      return;
    }
    if (count === 0) this.attribs = attribs = {};
    this.attribCount = count + 1;
    attribs[name] = value;
  }

  private selfClosingTag(): void {
    // `<x/>` closes itself only in foreign content; in HTML the slash is ignored.
    if (this.foreign[this.foreign.length - 1] === true) this.closeCurrentTag();
    else this.endOpenTag();
  }

  private closeTag(name: string): void {
    if (FOREIGN_CONTEXT_ELEMENTS.has(name) || HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.pop();
    if (!VOID_ELEMENTS.has(name)) {
      if ((this.openCount.get(name) ?? 0) > 0) {
        // Close everything up to the innermost element of that name.
        while (this.pop() !== name);
      } else if (name === 'p') {
        // `</p>` with no open <p>: an empty paragraph.
        this.openTag('p');
        this.closeCurrentTag();
      }
    } else if (name === 'br') {
      // `</br>` is a line break.
      this.sink.onopentag('br', {});
      this.sink.onclosetag();
    }
  }

  private openTag(name: string): void {
    this.tagname = name;
    const closes = OPEN_IMPLIES_CLOSE.get(name);
    if (closes !== undefined) {
      const stack = this.stack;
      while (stack.length > 0 && closes.has(stack[stack.length - 1]!)) this.pop();
    }
    if (!VOID_ELEMENTS.has(name)) {
      this.stack.push(name);
      this.openCount.set(name, (this.openCount.get(name) ?? 0) + 1);
      if (FOREIGN_CONTEXT_ELEMENTS.has(name)) this.foreign.push(true);
      else if (HTML_INTEGRATION_ELEMENTS.has(name)) this.foreign.push(false);
    }
    this.attribs = NO_ATTRIBUTES;
    this.attribCount = 0;
  }

  /** The start tag being read is complete: the element opens (and closes at once when void). */
  private endOpenTag(): void {
    this.sink.onopentag(this.tagname, this.attribs);
    if (VOID_ELEMENTS.has(this.tagname)) this.sink.onclosetag();
  }

  /** Ends the start tag being read and closes it at once (self-closing, or an implied `<p>`). */
  private closeCurrentTag(): void {
    const name = this.tagname;
    this.endOpenTag();
    if (this.stack[this.stack.length - 1] === name) this.pop();
  }

  /** Closes the innermost open element; returns its name. */
  private pop(): string {
    const name = this.stack.pop()!;
    this.openCount.set(name, this.openCount.get(name)! - 1);
    this.sink.onclosetag();
    return name;
  }

  private instruction(kind: '!' | '?', value: string): void {
    const end = value.search(INSTRUCTION_NAME_END);
    const name = (end < 0 ? value : value.slice(0, end)).toLowerCase();
    this.sink.onprocessinginstruction(kind + name, kind + value);
  }

  /**
   * Reads a name from `start` (its first character, whatever it is, included) up to the
   * first character of class `stop`, hashing it on the way for {@link scannedName}; returns
   * where it ends (the page length when it runs to the end).
   */
  private scanName(start: number, stop: number): number {
    const html = this.html;
    const n = html.length;
    let h = lowerAscii(html.charCodeAt(start));
    let ascii = h < 128;
    let p = start + 1;
    for (; p < n; p++) {
      const c = html.charCodeAt(p);
      if (c < 128) {
        if ((CLASSES[c]! & stop) !== 0) break;
        h = (Math.imul(h, 31) + lowerAscii(c)) | 0;
      } else {
        ascii = false;
      }
    }
    this.nameHash = ascii && p - start <= MAX_NAME ? h & 0x7fffffff : -1;
    return p;
  }

  /** The lower-cased name {@link scanName} just read at `start … end`. */
  private scannedName(start: number, end: number): string {
    const h = this.nameHash;
    return h < 0 ? this.html.slice(start, end).toLowerCase() : this.tableName(start, end, h);
  }

  /** The short ASCII name at `start … end` with hash `h`, from the table (made on a miss). */
  private tableName(start: number, end: number, h: number): string {
    const html = this.html;
    const n = end - start;
    const slot = (h + n) & (SLOTS - 1);
    const cached = NAMES[slot]!;
    if (cached.length === n) {
      // Names are mostly written in lower case already: one native comparison.
      if (html.startsWith(cached, start)) return cached;
      let i = 0;
      while (i < n && lowerAscii(html.charCodeAt(start + i)) === cached.charCodeAt(i)) i++;
      if (i === n) return cached;
    }
    // The engine's own copy of the name: one-byte, and never looked up again when used as a key.
    const name = internalized(html.slice(start, end).toLowerCase());
    NAMES[slot] = name;
    return name;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * The end sequence (`</script`, …) when the tag name `[start, end)` makes its element's
 * content raw text, decided as htmlparser2's Tokenizer decides it (by the first letter, then
 * the second, then the rest; so `<tmp>` runs to `</xmp`); `null` when it does not. With
 * `partial`, also for a name cut off by the end of the page that could still have been one.
 */
function rawTextEnd(html: string, start: number, end: number, partial: boolean): string | null {
  const first = html.charCodeAt(start) | 0x20;
  const candidate = first === 0x73 || first === 0x74 || first === 0x78;
  if (end - start < 2) return partial && candidate ? '' : null;
  const second = html.charCodeAt(start + 1) | 0x20;
  let sequence = '';
  if (first === 0x73) sequence = second === 0x63 ? SCRIPT_END : second === 0x74 ? STYLE_END : '';
  else if (candidate) sequence = second === 0x69 ? TITLE_END : second === 0x65 ? TEXTAREA_END : second === 0x6d ? XMP_END : '';
  if (sequence === '') return null;
  // The name's third character meets the sequence's fifth (after `</` and the two letters).
  let i = 4;
  for (let q = start + 2; q < end; q++, i++) {
    if (i === sequence.length || (html.charCodeAt(q) | 0x20) !== sequence.charCodeAt(i)) return null;
  }
  return i === sequence.length || partial ? sequence : null;
}
