import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/parse-article.js';

/** Broken bytes degrade locally: a stray byte never turns a whole UTF-8 page into mojibake. */
const OPTIONS = { referenceDate: '2024-06-01T12:00:00+03:00' };
const PAGE =
  '<html><body><h1>Мост открыт</h1><div class="news-text"><p>В Калуге открыли новый мост через Оку, который строили три года и который соединит два района города.</p>' +
  '<p>Движение по мосту запустили утром, первыми по нему проехали автобусы городских маршрутов.</p></div></body></html>';

function splice(bytes: Uint8Array, at: number, junk: number[]): Uint8Array {
  return new Uint8Array([...bytes.subarray(0, at), ...junk, ...bytes.subarray(at)]);
}

describe('decoding broken bytes', () => {
  const utf8 = new TextEncoder().encode(PAGE);
  const afterTitle = utf8.indexOf(0x3c, utf8.indexOf(0x3e, PAGE.indexOf('<h1>') + 4)); // the "<" of </h1>

  it('keeps an undeclared UTF-8 page UTF-8 when a few invalid bytes are spliced in', () => {
    for (const junk of [[0x80], [0xff, 0xfe], [0xc3], [0xe0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      const article = parseHtml(splice(utf8, afterTitle, junk), OPTIONS);
      expect(article.title.startsWith('Мост открыт'), JSON.stringify(junk)).toBe(true);
      expect(article.lead).toContain('В Калуге открыли новый мост');
    }
  });

  it('still reads a windows-1251 page without a declaration as windows-1251', () => {
    const enc = new TextDecoder('windows-1251');
    const table = new Map<string, number>();
    for (let b = 0x80; b < 0x100; b++) table.set(enc.decode(new Uint8Array([b])), b);
    const cp1251 = Uint8Array.from([...PAGE].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table.get(ch) ?? 0x3f)));
    expect(parseHtml(cp1251, OPTIONS).title).toBe('Мост открыт');
    expect(parseHtml(splice(cp1251, 40, [0xd0, 0x9c]), OPTIONS).title).toBe('Мост открыт');
  });
});

describe('auto-detection with junk before the document', () => {
  it('reads a page preceded by a NUL, a "?" or a mis-decoded BOM as HTML', async () => {
    const { parseArticle } = await import('../../src/parse-article.js');
    for (const junk of ['\u0000', '?', 'ï»¿', '\uFFFD\uFFFD', ' \u0000 ']) {
      const article = parseArticle(junk + PAGE, OPTIONS);
      expect(article.title, JSON.stringify(junk)).toBe('Мост открыт');
    }
    // Text that merely mentions a tag later on stays text.
    const text = parseArticle('Как сверстать <html> страницу\n\nВ Калуге прошёл курс для начинающих веб-разработчиков.', OPTIONS);
    expect(text.title).toBe('Как сверстать <html> страницу');
  });
});
