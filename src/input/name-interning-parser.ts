import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** Slots of the per-parser name table (a power of two). */
const SLOTS = 256;
/** Longer names are not worth a slot. */
const MAX_NAME = 32;

/** The Parser members this subclass builds on (htmlparser2 8–10; `getSlice` is private in its types). */
interface ParserInternals {
  buffers: string[];
  bufferOffset: number;
  getSlice(start: number, end: number): string;
  onopentagname(start: number, end: number): void;
  onclosetag(start: number, end: number): void;
  onattribname(start: number, end: number): void;
  end(chunk?: string): void;
}
const ParserBase = Parser as unknown as new (cbs: Partial<Handler> | null, options?: ParserOptions) => ParserInternals;

/**
 * htmlparser2's Parser, handing out one shared string per tag and attribute name instead
 * of a fresh lower-cased copy each time. The Parser cuts every tag name, end-tag name and
 * attribute name out of the page and lower-cases it; a page with Cyrillic text is a
 * two-byte string, so each of those (about 3,000 on a news page) is a new two-byte string
 * that goes through the engine's full Unicode case mapping, and is hashed again wherever it
 * is used as a key (attribute objects, sets of tag names). Here a name is looked up by its
 * characters in a small table, lower-cased as ASCII, and made once per page as the
 * engine's own one-byte copy of the name (names with other characters take the Parser's
 * own path). The Parser's events are unchanged, string for string.
 *
 * Relies on the Parser reading each name with `getSlice(start, end)` first thing in
 * `onopentagname` / `onclosetag` / `onattribname`, as htmlparser2 8–10 do; should a later
 * version not, the name is dropped after the event (never handed out for other text) and
 * the Parser's own path is taken.
 * @internal
 */
export class NameInterningParser extends ParserBase {
  private readonly names: string[] = new Array<string>(SLOTS).fill('');
  private nextName: string | null = null;

  override getSlice(start: number, end: number): string {
    const name = this.nextName;
    if (name === null) return super.getSlice(start, end);
    this.nextName = null;
    return name;
  }

  override onopentagname(start: number, end: number): void {
    this.nextName = this.nameAt(start, end);
    super.onopentagname(start, end);
    this.nextName = null;
  }

  override onclosetag(start: number, end: number): void {
    this.nextName = this.nameAt(start, end);
    super.onclosetag(start, end);
    this.nextName = null;
  }

  override onattribname(start: number, end: number): void {
    this.nextName = this.nameAt(start, end);
    super.onattribname(start, end);
    this.nextName = null;
  }

  /** The lower-cased name at `start … end` from the table (made on a miss), or null to leave it to the Parser. */
  private nameAt(start: number, end: number): string | null {
    const buf = this.buffers[0];
    const s = start - this.bufferOffset;
    const e = end - this.bufferOffset;
    const n = e - s;
    if (buf === undefined || s < 0 || e > buf.length || n <= 0 || n > MAX_NAME) return null;
    let h = n;
    for (let i = s; i < e; i++) {
      const c = lowerAscii(buf.charCodeAt(i));
      if (c >= 128) return null;
      h = (Math.imul(h, 31) + c) | 0;
    }
    const slot = h & (SLOTS - 1);
    const cached = this.names[slot]!;
    if (cached.length === n) {
      let i = 0;
      while (i < n && lowerAscii(buf.charCodeAt(s + i)) === cached.charCodeAt(i)) i++;
      if (i === n) return cached;
    }
    // The engine's own copy of the name, as a property key gets it: one-byte, so the
    // Parser's lower-casing returns it as is, and never looked up again when used as a key.
    const name = Object.keys({ [buf.slice(s, e).toLowerCase()]: 0 })[0]!;
    this.names[slot] = name;
    return name;
  }
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
