import { describe, expect, it } from 'vitest';
import { ArticleParseError } from '../../src/errors.js';
import { bestCyrillicSingleByte, declaredCharset, decodeHtml } from '../../src/input/decode-html.js';
import fc from 'fast-check';
import { decodeBytes, knownLabel, tryStrictUtf8 } from '../../src/input/decode.js';
import { encodeSingleByte } from './encode-helper.js';

const BODY =
  'В Калуге открыли новый пешеходный мост через Оку. Строительство продолжалось три года, ' +
  'его стоимость составила около двухсот миллионов рублей, сообщили в городской администрации.';

function page(head: string, body = BODY): string {
  return `<!DOCTYPE html><html><head>${head}<title>Мост через Оку</title></head><body><h1>Мост через Оку</h1><p>${body}</p></body></html>`;
}
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads <meta charset="windows-1251">', () => {
    const html = page('<meta charset="windows-1251">');
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
  });

  it('reads the charset of <meta http-equiv="Content-Type">', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">');
    expect(decodeHtml(encodeSingleByte(html, 'koi8-r'), null)).toBe(html);
  });

  it('reads the charset of saved HTTP response headers before the markup', () => {
    const html = `HTTP/1.1 200 OK\r\nServer: nginx\r\nContent-Type: text/html; charset=windows-1251\r\n\r\n${page('')}`;
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
  });

  it('tells windows-1251 from KOI8-R by Russian letter statistics when nothing is declared', () => {
    const html = page('');
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
    expect(decodeHtml(encodeSingleByte(html, 'koi8-r'), null)).toBe(html);
    expect(bestCyrillicSingleByte(encodeSingleByte(BODY, 'koi8-r'))).toBe('koi8-r');
    expect(bestCyrillicSingleByte(encodeSingleByte(BODY, 'windows-1251'))).toBe('windows-1251');
  });

  it('takes valid UTF-8 without a declaration', () => {
    const html = page('');
    expect(decodeHtml(utf8(html), null)).toBe(html);
  });

  it('lets a BOM win over the declared charset and drops it', () => {
    const html = page('<meta charset="windows-1251">');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(html)]);
    expect(decodeHtml(bytes, null)).toBe(html);
  });

  it('reads UTF-16 with a BOM', () => {
    const html = page('');
    const units = [0xff, 0xfe];
    for (let i = 0; i < html.length; i++) units.push(html.charCodeAt(i) & 0xff, html.charCodeAt(i) >> 8);
    expect(decodeHtml(new Uint8Array(units), null)).toBe(html);
  });

  it('catches a windows-1251 declaration on bytes that are valid UTF-8 Cyrillic', () => {
    const html = page('<meta charset="windows-1251">');
    expect(decodeHtml(utf8(html), null)).toBe(html);
  });

  it('catches a UTF-8 declaration on windows-1251 bytes', () => {
    const html = page('<meta charset="utf-8">');
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
  });

  it('keeps a UTF-8 page with one broken byte as UTF-8', () => {
    const html = page('<meta charset="utf-8">');
    const bytes = utf8(html);
    const broken = new Uint8Array([...bytes.subarray(0, 200), 0xff, ...bytes.subarray(200)]);
    const out = decodeHtml(broken, null);
    expect(out).toContain('Строительство продолжалось три года');
    expect(out).toContain('\uFFFD');
  });

  it('overrules a single-byte Cyrillic declaration that reads as noise', () => {
    const html = page('<meta charset="koi8-r">');
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
    const right = page('<meta charset="koi8-r">');
    expect(decodeHtml(encodeSingleByte(right, 'koi8-r'), null)).toBe(right);
  });

  it('ignores a Western declaration on Russian single-byte text', () => {
    const html = page('<meta charset="iso-8859-1">');
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
  });

  it('lets a forced encoding win over everything', () => {
    const html = page('<meta charset="utf-8">');
    expect(decodeHtml(encodeSingleByte(html, 'koi8-r'), 'koi8-r')).toBe(html);
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), 'cp1251')).toBe(html);
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), 'win-1251')).toBe(html);
  });

  it('raises UNSUPPORTED_ENCODING for an unknown forced label', () => {
    const bytes = utf8(page(''));
    expect(() => decodeHtml(bytes, 'klingon-8')).toThrow(ArticleParseError);
    try {
      decodeHtml(bytes, 'klingon-8');
    } catch (error) {
      expect((error as ArticleParseError).code).toBe('UNSUPPORTED_ENCODING');
      expect((error as ArticleParseError).message).toContain('klingon-8');
    }
  });

  it('falls back to detection when the declared label is unknown', () => {
    const html = page('<meta charset="x-nonsense">');
    expect(decodeHtml(encodeSingleByte(html, 'windows-1251'), null)).toBe(html);
  });
});

describe('declaredCharset / knownLabel', () => {
  it('finds the first declaration in the first 4 KB only', () => {
    expect(declaredCharset(utf8('<head><meta charset=koi8-r></head>'))).toBe('koi8-r');
    expect(declaredCharset(utf8(`${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeNull();
    expect(declaredCharset(utf8('<meta name="description" content="нет">'))).toBeNull();
  });

  it('reads the declaration whatever text comes before it: UTF-8 letters, letters that lower-case to two, stray bytes', () => {
    // 'İ' lower-cases to two characters: the tag must still be cut where it is.
    expect(declaredCharset(utf8('<title>İİİİİİİİ Новости</title><META CHARSET="KOI8-R">'))).toBe('koi8-r');
    const cp1251Title = Uint8Array.from([...utf8('<title>'), 0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8, ...utf8('</title><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">')]);
    expect(declaredCharset(cp1251Title)).toBe('windows-1251');
  });

  it('maps WHATWG labels and common misspellings', () => {
    expect(knownLabel('CP1251')).toBe('windows-1251');
    expect(knownLabel(' koi8r ')).toBe('koi8-r');
    expect(knownLabel('utf8')).toBe('utf-8');
    expect(knownLabel('no-such-charset')).toBeNull();
  });
});

describe('decodeBytes (plain text)', () => {
  const text = 'В Калуге открыли новый сквер.\nИсточник: Калужский вестник';
  it('reads a forced charset by the same labels and aliases as HTML', () => {
    expect(decodeBytes(encodeSingleByte(text, 'windows-1251'), 'win-1251')).toBe(text);
    expect(decodeBytes(encodeSingleByte(text, 'koi8-r'), 'KOI8R')).toBe(text);
  });
  it('drops a BOM, falls back to windows-1251, and names an unknown label', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), null)).toBe(text);
    expect(decodeBytes(encodeSingleByte(text, 'windows-1251'), null)).toBe(text);
    expect(() => decodeBytes(new Uint8Array([0x41]), 'cp-nonsense')).toThrow(/Unknown character encoding "cp-nonsense"/);
  });
});

describe('tryStrictUtf8 (isUtf8 + transcode on Node, TextDecoder elsewhere)', () => {
  /** What the WHATWG decoder in fatal mode makes of the bytes, a leading BOM dropped; null when it throws. */
  const whatwg = (bytes: Uint8Array): string | null => {
    try {
      const s = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    } catch {
      return null;
    }
  };
  // Valid and invalid pieces: ASCII, Cyrillic, 3- and 4-byte characters, a BOM, overlong
  // forms, encoded surrogates, code points past U+10FFFF, stray continuation bytes, cut sequences.
  const PIECES = [
    [0x3c, 0x70, 0x3e], [0xd0, 0x9a], [0xd1, 0x91], [0xe2, 0x80, 0x94], [0xf0, 0x9f, 0x98, 0x80], [0xef, 0xbb, 0xbf],
    [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0x80], [0xbf], [0xd0], [0xe2, 0x80], [0xf0, 0x9f, 0x98], [0xff], [0x00],
  ];
  it('agrees with the WHATWG fatal decoder on generated byte strings', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: PIECES.length - 1 }), { maxLength: 40 }), (picks) => {
        const bytes = Uint8Array.from(picks.flatMap((i) => PIECES[i]!));
        expect(tryStrictUtf8(bytes)).toBe(whatwg(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on arbitrary bytes, and on a view into a larger buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(tryStrictUtf8(bytes)).toBe(whatwg(bytes));
      }),
      { numRuns: 2000 },
    );
    const whole = utf8('xxПривет, мир!yy');
    const view = whole.subarray(2, whole.length - 2);
    expect(tryStrictUtf8(view)).toBe('Привет, мир!');
  });

  it('drops a leading BOM and keeps an inner one; an empty input is an empty string', () => {
    expect(tryStrictUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf]))).toBe('A\ufeff');
    expect(tryStrictUtf8(new Uint8Array(0))).toBe('');
  });
});

describe('tryStrictUtf8 on inputs past the transcode limit (500,000 bytes)', () => {
  it('decodes a large page the same way, and still refuses one invalid byte at its end', () => {
    const text = '<p>Новость дня: в Калуге открыли мост.</p>\n'.repeat(12_000);
    const bytes = utf8(text);
    expect(bytes.length).toBeGreaterThan(500_000);
    expect(tryStrictUtf8(bytes)).toBe(text);
    const broken = new Uint8Array(bytes.length + 1);
    broken.set(bytes);
    broken[bytes.length] = 0xff;
    expect(tryStrictUtf8(broken)).toBeNull();
    const ascii = utf8('<p>news of the day</p>\n'.repeat(30_000));
    expect(tryStrictUtf8(ascii)).toBe('<p>news of the day</p>\n'.repeat(30_000));
  });
});
