import fc from 'fast-check';
import { Parser, type Handler } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { NameInterningParser } from '../../src/input/name-interning-parser.js';
import { htmlPage } from '../arbitraries/html-grammar.js';

/**
 * src/input/name-interning-parser.ts must report exactly the events of htmlparser2's own
 * Parser — tag, end-tag and attribute names included, whatever their case, length or
 * alphabet — whether the page comes in one piece or in several.
 */
const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

function events(make: (cbs: Partial<Handler>) => { write(s: string): void; end(): void }, chunks: string[]): string[] {
  const out: string[] = [];
  const parser = make({
    onopentag: (name, attribs) => out.push(`<${name} ${JSON.stringify(Object.entries(attribs))}`),
    onclosetag: (name, implied) => out.push(`</${name} ${implied}`),
    ontext: (text) => out.push(`"${text}`),
    onprocessinginstruction: (name, data) => out.push(`?${name} ${data}`),
    oncomment: (data) => out.push(`!${data}`),
  });
  for (const c of chunks) parser.write(c);
  parser.end();
  return out;
}

const plain = (cbs: Partial<Handler>) => new Parser(cbs, OPTIONS);
const interning = (cbs: Partial<Handler>) => new NameInterningParser(cbs, OPTIONS) as unknown as Parser;

const name = fc.constantFrom('div', 'DIV', 'Div', 'p', 'a', 'SPAN', 'img', 'data-Foo', 'class', 'CLASS', 'id', 'href', 'Href', 'svg', 'foreignObject',
  'x'.repeat(40), 'тег', 'İmg', 'dİv', 'h1', 'H1', 'br', 'BR', 'td', 'tr', 'li', 'LI', 'meta', 'script');
const tag = fc.tuple(name, fc.array(fc.tuple(name, fc.constantFrom('', '="1"', "='Х'", '=v')), { maxLength: 3 }), fc.boolean(), fc.boolean()).map(
  ([n, attrs, close, self]) => `<${n}${attrs.map(([a, v]) => ` ${a}${v}`).join('')}${self ? '/' : ''}>${close ? `текст</${n}>` : 'Текст '}`,
);
const soup = fc.array(fc.oneof(tag, fc.constantFrom('</P>', '</Br>', '<!-- к -->', '&nbsp;', ' ', '</DIV>')), { maxLength: 40 }).map((t) => t.join(''));

describe('NameInterningParser', () => {
  it('reports the same events as htmlparser2 in one piece and in chunks (2,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(htmlPage, soup), fc.array(fc.nat(), { maxLength: 4 }), (html, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (html.length + 1)))].sort((x, y) => x - y);
        const chunks: string[] = [];
        let from = 0;
        for (const c of at) {
          chunks.push(html.slice(from, c));
          from = c;
        }
        chunks.push(html.slice(from));
        expect(events(interning, [html])).toEqual(events(plain, [html]));
        expect(events(interning, chunks)).toEqual(events(plain, chunks));
      }),
      { numRuns: 2000 },
    );
  });

  it('hands out one string per distinct name, lower-cased', () => {
    const names: string[] = [];
    const parser = new NameInterningParser({ onopentag: (n, a) => names.push(n, ...Object.keys(a)) }, OPTIONS) as unknown as Parser;
    parser.end('<P CLASS="x">Раз</P><p class="y">Два</p><DIV Class="z"></DIV>');
    expect(names).toEqual(['p', 'class', 'p', 'class', 'div', 'class']);
  });
});
