import fc from 'fast-check';
import { Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { FastForwardTokenizer } from '../../src/input/fast-forward-tokenizer.js';
import { htmlPage } from '../arbitraries/html-grammar.js';

/**
 * src/input/fast-forward-tokenizer.ts must make exactly the calls of htmlparser2's own
 * Tokenizer, with the same positions, on any input and however it is cut into chunks: it
 * only passes over characters faster. The soup below is markup at its most awkward for
 * that: names and values cut by every character a state reacts to, entities in text and in
 * each kind of attribute value, unterminated tags and values, special tags and their
 * near-miss end tags, and non-ASCII characters everywhere.
 */
type Options = ConstructorParameters<typeof Tokenizer>[0];
type Callbacks = ConstructorParameters<typeof Tokenizer>[1];
type Make = (options: Options, cbs: Callbacks) => { write(s: string): void; end(): void };

const CALLBACKS = [
  'onattribdata', 'onattribentity', 'onattribend', 'onattribname', 'oncdata', 'onclosetag', 'oncomment', 'ondeclaration',
  'onend', 'onopentagend', 'onopentagname', 'onprocessinginstruction', 'onselfclosingtag', 'ontext', 'ontextentity',
] as const;

function calls(make: Make, chunks: readonly string[], decodeEntities: boolean): string[] {
  const out: string[] = [];
  const cbs = Object.fromEntries(CALLBACKS.map((name) => [name, (...args: number[]) => out.push(`${name}(${args.join(',')})`)])) as unknown as Callbacks;
  const tokenizer = make({ decodeEntities }, cbs);
  for (const c of chunks) tokenizer.write(c);
  tokenizer.end();
  return out;
}

const plain: Make = (o, cbs) => new Tokenizer(o, cbs);
const fast: Make = (o, cbs) => new FastForwardTokenizer(o, cbs) as unknown as Tokenizer;

const piece = fc.constantFrom(
  '<', '</', '<!', '<?', '>', '/>', '/', '=', '"', "'", '&', ' ', '\t', '\n', '\f', '\r', 'a', 'Б', 'x1', '-', '--', '-->', ']]>',
  '<div', '<DIV', '<p', '</p', '</P >', '</ div>', '</>', '<a href=', '<a href="', "<a href='", 'class', 'class=x', 'class="y z"',
  "title='Т&amp;'", 'data-x=a&amp;b', 'v="&quot;"', '&amp;', '&nbsp;', '&notin;', '&not', '&#1050;', '&#x41f;', '&#', '&am', '&;',
  '<script>', '</script>', '</script ', '</script/', '<style>', '</style>', '<title>', '</title>', '<textarea>', '</textarea>',
  '<xmp>', '</xmp>', '<s>', '<t>', '<!--', '<!-->', '<![CDATA[', '<!DOCTYPE html>', '<?xml ?>', '<img src=/i.jpg alt=фото>', 'ё\u00a0',
);
const soup = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

function cut(html: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (html.length + 1)))].sort((x, y) => x - y);
  const chunks: string[] = [];
  let from = 0;
  for (const c of at) {
    chunks.push(html.slice(from, c));
    from = c;
  }
  chunks.push(html.slice(from));
  return chunks;
}

describe('FastForwardTokenizer', () => {
  it('makes the same calls as htmlparser2 in one piece and in chunks (3,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, soup), fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (html, cuts, decode) => {
        expect(calls(fast, [html], decode)).toEqual(calls(plain, [html], decode));
        const chunks = cut(html, cuts);
        expect(calls(fast, chunks, decode)).toEqual(calls(plain, chunks, decode));
      }),
      { numRuns: 3000 },
    );
  });

  it('reports a tag, its attributes and an entity at their positions', () => {
    const html = '<a HREF="/x?a=1&amp;b=2" class=lead>Т&nbsp;ы</a>';
    const got = calls(fast, [html], true);
    expect(got).toEqual(calls(plain, [html], true));
    expect(got.slice(0, 6)).toEqual([
      'onopentagname(1,2)',
      'onattribname(3,7)',
      'onattribdata(9,15)',
      'onattribentity(38)',
      'onattribdata(20,23)',
      'onattribend(3,24)',
    ]);
    expect(got).toContain('ontextentity(160,43)');
  });
});
