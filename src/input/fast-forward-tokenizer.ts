import { Tokenizer } from 'htmlparser2';

/** The Tokenizer members this subclass builds on (htmlparser2 8–10; private in its types). */
interface TokenizerInternals {
  buffer: string;
  offset: number;
  index: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInAttributeValueDoubleQuotes(c: number): void;
  stateInAttributeValueSingleQuotes(c: number): void;
  stateInAttributeValueNoQuotes(c: number): void;
}
type TokenizerOptions = ConstructorParameters<typeof Tokenizer>[0];
type TokenizerCallbacks = ConstructorParameters<typeof Tokenizer>[1];
const TokenizerBase = Tokenizer as unknown as new (options: TokenizerOptions, cbs: TokenizerCallbacks) => TokenizerInternals;

// The characters each state reacts to, as bits of a table over ASCII (every other
// character is passed over by that state without an event or a change of state).
const TEXT = 1;
const TAG_NAME = 2;
const CLOSING_TAG_NAME = 4;
const ATTRIBUTE_NAME = 8;
const VALUE_DOUBLE = 16;
const VALUE_SINGLE = 32;
const VALUE_UNQUOTED = 64;
const STOPS = new Uint8Array(128);
const mark = (chars: string, bits: number): void => {
  for (let i = 0; i < chars.length; i++) STOPS[chars.charCodeAt(i)]! |= bits;
};
mark(' \t\n\f\r', TAG_NAME | CLOSING_TAG_NAME | ATTRIBUTE_NAME | VALUE_UNQUOTED);
mark('<', TEXT);
mark('&', TEXT | VALUE_DOUBLE | VALUE_SINGLE | VALUE_UNQUOTED);
mark('/', TAG_NAME | ATTRIBUTE_NAME);
mark('>', TAG_NAME | CLOSING_TAG_NAME | ATTRIBUTE_NAME | VALUE_UNQUOTED);
mark('=', ATTRIBUTE_NAME);
mark('"', VALUE_DOUBLE);
mark("'", VALUE_SINGLE);

/**
 * htmlparser2's Tokenizer, passing over runs of characters that its current state ignores
 * in one tight loop instead of one trip through its state switch per character. The
 * Tokenizer reads a page a character at a time and, with entity decoding on, calls a state
 * method for every character of text, tag names, attribute names and attribute values,
 * which is most of the markup of a news page (its opening tags alone are about half of
 * it). In those states a character other than the few the state reacts to (see `STOPS`)
 * does nothing, so this skips to the next such character and lets the Tokenizer's own
 * state method handle it: the events are the Tokenizer's own, position for position (a
 * property test checks them against the plain Tokenizer).
 *
 * Relies on the states skipped here doing nothing for the other characters, as in
 * htmlparser2 8–10 with `decodeEntities` on (with it off, every state is the Tokenizer's own).
 * @internal
 */
export class FastForwardTokenizer extends TokenizerBase {
  override stateText(c: number): void {
    if (this.reactsTo(c, TEXT)) super.stateText(c);
  }

  override stateInTagName(c: number): void {
    if (this.reactsTo(c, TAG_NAME)) super.stateInTagName(c);
  }

  override stateInClosingTagName(c: number): void {
    if (this.reactsTo(c, CLOSING_TAG_NAME)) super.stateInClosingTagName(c);
  }

  override stateInAttributeName(c: number): void {
    if (this.reactsTo(c, ATTRIBUTE_NAME)) super.stateInAttributeName(c);
  }

  override stateInAttributeValueDoubleQuotes(c: number): void {
    if (this.reactsTo(c, VALUE_DOUBLE)) super.stateInAttributeValueDoubleQuotes(c);
  }

  override stateInAttributeValueSingleQuotes(c: number): void {
    if (this.reactsTo(c, VALUE_SINGLE)) super.stateInAttributeValueSingleQuotes(c);
  }

  override stateInAttributeValueNoQuotes(c: number): void {
    if (this.reactsTo(c, VALUE_UNQUOTED)) super.stateInAttributeValueNoQuotes(c);
  }

  /**
   * True when the state marked `bits` reacts to `c`. Otherwise moves the position to just
   * before the next character it reacts to (or to the last character of the buffer), as
   * the Tokenizer's own `fastForwardTo` does, and returns false.
   */
  private reactsTo(c: number, bits: number): boolean {
    if ((c < 128 && (STOPS[c]! & bits) !== 0) || !this.decodeEntities) return true;
    const buffer = this.buffer;
    const end = buffer.length;
    let i = this.index - this.offset + 1;
    while (i < end) {
      const d = buffer.charCodeAt(i);
      if (d < 128 && (STOPS[d]! & bits) !== 0) break;
      i++;
    }
    this.index = i - 1 + this.offset;
    return false;
  }
}
