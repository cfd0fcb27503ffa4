import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJsonLd } from '../src/extract/json-ld.js';
import { parseHtml } from '../src/parse-article.js';
import { MARKUP_RE, contentStrings } from './arbitraries/check-article.js';

/**
 * Issue 7, guarantee 5: the page is data, never code. No evaluation in src/, JSON-LD
 * without prototype pollution, related and image URLs absolute with script-capable
 * schemes dropped, and no markup in the text fields.
 */
const ROOT = join(import.meta.dirname, '..');
const OPTIONS = { referenceDate: '2024-06-01T12:00:00+03:00', timeZone: 'Europe/Moscow', url: 'https://news.example.ru/2024/05/most.html' };
const P = [
  'В Калуге открыли новый мост через Оку, который строили три года и который соединит два района города.',
  'Движение по мосту запустили утром, первыми по нему проехали автобусы городских маршрутов и машины скорой помощи.',
  'Старый мост закроют на ремонт до весны: подрядчик заменит пролёты и опоры, а пешеходам оставят узкий тротуар.',
  'Строительство обошлось бюджету области в два миллиарда рублей, часть денег выделил федеральный центр.',
  'Мэр пообещал, что к лету вдоль набережной высадят деревья и поставят скамейки для горожан и туристов.',
].map((p) => `<p>${p}</p>`).join('');

function page(head: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Мост открыт</title>${head}</head><body><h1>В Калуге открыли новый мост</h1><div class="news-text">${P}</div>${body}</body></html>`;
}

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listTs(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('security: the page is data', () => {
  it('src/ has no eval, no Function constructor, no string timers and no vm', () => {
    const found: string[] = [];
    for (const file of listTs(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const where = (n: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
          const callee = node.expression;
          const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
          if (name === 'eval' || name === 'Function') found.push(`${where(node)} ${name}(…)`);
          if ((name === 'setTimeout' || name === 'setInterval') && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) {
            found.push(`${where(node)} ${name} with a string`);
          }
        }
        if (ts.isStringLiteral(node) && /^(?:node:)?vm$/u.test(node.text)) found.push(`${where(node)} imports vm`);
        ts.forEachChild(node, visit);
      };
      visit(sf);
    }
    expect(found).toEqual([]);
  });

  it('JSON-LD __proto__ / constructor / prototype keys have no effect (parser level)', () => {
    const parsed = parseJsonLd(
      '{"@type":"NewsArticle","headline":"Мост","__proto__":{"polluted":"yes","headline":"подмена"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"name":"Иван","__proto__":{"polluted":"yes"}},"@graph":[{"prototype":{"polluted":1}}]}',
    ) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed) === Object.prototype || Object.getPrototypeOf(parsed) === null).toBe(true);
    expect(Object.keys(parsed).sort()).toEqual(['@graph', '@type', 'author', 'headline']);
    expect(parsed.headline).toBe('Мост');
    expect(Object.hasOwn(parsed, 'constructor')).toBe(false);
    const author = parsed.author as Record<string, unknown>;
    expect(Object.keys(author)).toEqual(['name']);
    expect(author.polluted).toBeUndefined();
    expect(Object.keys((parsed['@graph'] as Record<string, unknown>[])[0]!)).toEqual([]);
  });

  it('JSON-LD pollution attempts through parseHtml change nothing, in the output or globally', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"В Калуге открыли новый мост","datePublished":"2024-05-20T10:00:00+03:00","__proto__":{"polluted":"yes","datePublished":"1999-01-01"},"constructor":{"prototype":{"polluted":"yes"}},"author":[{"@type":"Person","name":"Иван Петров","__proto__":{"name":"Подмена"}}]}</script>`;
    const clean = parseHtml(page(ld.replace(/,"__proto__":\{[^}]*\},"constructor":\{"prototype":\{[^}]*\}\}/u, '').replace(/,"__proto__":\{[^}]*\}/u, ''), ''), OPTIONS);
    const hostile = parseHtml(page(ld, ''), OPTIONS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(hostile.publishedAt).toBe('2024-05-20T10:00:00+03:00');
    expect(hostile).toEqual(clean);
    expect(JSON.stringify(hostile)).not.toMatch(/Подмена|polluted|1999/u);
  });

  it('related-item URLs are absolutized; javascript:, data: and vbscript: are dropped, however disguised', () => {
    const hrefs: [string, string][] = [
      ['javascript:alert(1)', 'Первая новость о мосте через Оку'],
      ['JaVaScRiPt:alert(1)', 'Вторая новость о мосте через Оку'],
      ['  javascript:alert(1)', 'Третья новость о мосте через Оку'],
      ['java&#x09;script:alert(1)', 'Четвёртая новость о мосте через Оку'],
      ['&#106;avascript:alert(1)', 'Пятая новость о мосте через Оку'],
      ['java\nscript:alert(1)', 'Шестая новость о мосте через Оку'],
      ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'Седьмая новость о мосте через Оку'],
      ['DATA:text/html,<script>alert(1)</script>', 'Восьмая новость о мосте через Оку'],
      ['vbscript:msgbox(1)', 'Девятая новость о мосте через Оку'],
      ['/news/2.html', 'Десятая новость о мосте через Оку'],
      ['//cdn.example.ru/n/3', 'Одиннадцатая новость о мосте через Оку'],
      ['n/4?x=1#top', 'Двенадцатая новость о мосте через Оку'],
      ['https://other.example.org/a', 'Тринадцатая новость о мосте через Оку'],
    ];
    const block = `<div class="related"><h3>Читайте также</h3><ul>${hrefs.map(([h, t]) => `<li><a href="${h}">${t}</a></li>`).join('')}</ul></div>`;
    const article = parseHtml(page('', block), OPTIONS);
    const urls = article.related.map((r) => r.url);
    for (const url of urls) if (url !== null) expect(url).toMatch(/^https?:\/\/[^\s]+$/u);
    expect(JSON.stringify(article)).not.toMatch(/javascript:|vbscript:|data:text/iu);
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://news.example.ru/news/2.html',
        'https://cdn.example.ru/n/3',
        'https://news.example.ru/2024/05/n/4?x=1#top',
        'https://other.example.org/a',
      ]),
    );
  });

  it('a javascript: <base href> does not poison relative URLs; an http <base> is honoured', () => {
    const block = '<div class="related"><h3>По теме</h3><ul><li><a href="x.html">Новость о мосте через Оку в Калуге</a></li></ul></div>';
    const poisoned = parseHtml(page('<base href="javascript:alert(1)//">', block), OPTIONS);
    for (const item of poisoned.related) expect(item.url ?? '').not.toMatch(/^javascript:/iu);
    const based = parseHtml(page('<base href="https://mirror.example.org/dir/">', block), OPTIONS);
    expect(based.related.map((r) => r.url)).toContain('https://mirror.example.org/dir/x.html');
  });

  it('image URLs are absolute and never script-capable', () => {
    const figures =
      '<figure><img src="javascript:alert(1)"><figcaption>Первое фото</figcaption></figure>' +
      '<figure><img src="data:image/svg+xml,<svg onload=alert(1)>"><figcaption>Второе фото</figcaption></figure>' +
      '<figure><img src=" VBScript:x"><figcaption>Третье фото</figcaption></figure>' +
      '<figure><img src="/i/most.jpg"><figcaption>Новый мост через Оку</figcaption></figure>';
    const head =
      '<meta property="og:image" content="javascript:alert(2)">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"В Калуге открыли новый мост","image":"data:image/png;base64,AAAA"}</script>';
    const article = parseHtml(page(head, '').replace('</div>', `${figures}</div>`), OPTIONS);
    for (const img of article.images) expect(img.url).toMatch(/^https?:\/\//u);
    expect(article.images.map((i) => i.url)).toContain('https://news.example.ru/i/most.jpg');
    expect(JSON.stringify(article.images)).not.toMatch(/javascript:|vbscript:|data:/iu);
  });

  it('scripts, styles, comments, CDATA, templates and markup in metadata never reach the text fields', () => {
    const head =
      '<meta property="og:title" content="<b>Мост</b> <script>alert(1)</script>открыт">' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<i>В Калуге</i> открыли мост","description":"<p>Описание</p>"}</script>';
    const body =
      '<div class="news-text"><script>document.write("<p>злой текст из скрипта</p>")</script><style>.x{color:red}</style>' +
      '<!-- комментарий редактора --><![CDATA[ текст cdata ]]><template><p>шаблон</p></template>' +
      '<p>Подробности <b>жирным</b> и <a href="javascript:alert(1)">ссылкой</a> в тексте новости о мосте через Оку.</p></div>' +
      '<div class="related"><h3>По теме</h3><ul><li><a href="/n/1"><b>Жирная</b> новость о мосте</a></li></ul></div>';
    const article = parseHtml(page(head, body), OPTIONS);
    const all = contentStrings(article).join('\n');
    expect(all).not.toMatch(MARKUP_RE);
    expect(all).not.toMatch(/alert|злой текст|комментарий редактора|шаблон|color:red/u);
    expect(article.title).not.toMatch(/[<>]/u);
  });
});
