import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle, parseHtml } from '../../src/parse-article.js';
import { OPTIONS } from '../arbitraries/check-article.js';
import { printTimings, stressParse } from './timed.js';

/**
 * Issue 7, guarantee 3 (HTML side): huge and deep pages finish, or fail with
 * INPUT_TOO_LARGE over `maxInputBytes`, with no stack overflow. Timings are printed; the
 * limits asserted are generous (a quadratic step would blow them by minutes).
 */
const BIG = { ...OPTIONS, url: 'https://news.example.ru/2017/12/04/most.html', maxInputBytes: 64 * 1024 * 1024 };
const LIMIT_MS = 60_000;

const PARA =
  '<p>24 ноября в Калуге губернатор открыл новый мост через Оку, который строили три года; движение по нему ' +
  'запустят <b>4 декабря 2017 г.</b> в 10:00, а старый мост закроют на ремонт до весны.</p>\n';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Мост открыт — Новости Калуги</title>${head}</head><body><h1>В Калуге открыли новый мост</h1><div class="news-text">${body}</div></body></html>`;
}

afterAll(() => printTimings('HTML stress timings'));

describe('stress: HTML', () => {
  it('20 MB of HTML: INPUT_TOO_LARGE at the default limit, parsed when the limit allows it', { timeout: 180_000 }, () => {
    const html = page(PARA.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(PARA))).replace(/<\/p>\n<p>/gu, (m, i: number) => (i % 40 === 0 ? '</p></div><div class="news-text"><p>' : m)));
    expect(Buffer.byteLength(html)).toBeGreaterThan(20 * 1024 * 1024);
    const refused = stressParse('20 MB HTML, default maxInputBytes (10 MiB)', html, () => parseHtml(html, OPTIONS), ['INPUT_TOO_LARGE']);
    expect(refused.error?.code).toBe('INPUT_TOO_LARGE');
    expect(refused.ms).toBeLessThan(2_000);
    const bytes = new TextEncoder().encode(html);
    const refusedBytes = stressParse('20 MB HTML bytes, default maxInputBytes', bytes, () => parseArticle(bytes, OPTIONS), ['INPUT_TOO_LARGE']);
    expect(refusedBytes.error?.code).toBe('INPUT_TOO_LARGE');

    const { article, ms } = stressParse('20 MB HTML string, maxInputBytes 64 MiB', html, () => parseHtml(html, BIG));
    expect(article?.title).toBe('В Калуге открыли новый мост');
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('nesting depth 100,000 (closed, unclosed, mixed inline) without a stack overflow', { timeout: 120_000 }, () => {
    const depth = 100_000;
    const text = '<p>В Калуге открыли новый мост через Оку, который строили три года.</p>';
    const cases: [string, string][] = [
      ['100k nested <div>, closed', `${'<div>'.repeat(depth)}${text}${'</div>'.repeat(depth)}`],
      ['100k nested <div>, never closed', `${'<div class="c">'.repeat(depth)}${text}`],
      ['100k nested <b><i>, closed', `${'<b><i>'.repeat(depth / 2)}${text}${'</i></b>'.repeat(depth / 2)}`],
      ['100k nested <ul><li>', `${'<ul><li>'.repeat(depth / 2)}${text}`],
      ['100k nested <table><tr><td>', `${'<table><tr><td>'.repeat(depth / 3)}${text}`],
      ['100k nested <span> with text at every level', `${'<span>Мост '.repeat(depth)}${text}`],
    ];
    for (const [label, body] of cases) {
      const html = page(body);
      const { ms } = stressParse(label, html, () => parseHtml(html, BIG), ['NOT_AN_ARTICLE']);
      expect(ms).toBeLessThan(LIMIT_MS);
    }
  });

  it('200,000 links in one related block and across the page', { timeout: 120_000 }, () => {
    const links = Array.from({ length: 200_000 }, (_, i) => `<li><a href="/news/${i}.html">Новость номер ${i} о мосте</a></li>`).join('');
    const html = page(PARA.repeat(5), '') .replace('</body>', `<div class="related"><h3>Читайте также</h3><ul>${links}</ul></div></body>`);
    const { article, ms } = stressParse('200,000 links in a related block', html, () => parseHtml(html, BIG));
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(article).not.toBeNull();
    const inline = page(Array.from({ length: 200_000 }, (_, i) => `<a href="https://ex.ru/${i}">ссылка ${i}</a> `).join(''));
    const r2 = stressParse('200,000 inline links in the body', inline, () => parseHtml(inline, BIG), ['NOT_AN_ARTICLE']);
    expect(r2.ms).toBeLessThan(LIMIT_MS);
  });

  it('a 1 MB attribute (class, href, data-, meta content, unclosed quote)', { timeout: 120_000 }, () => {
    const mb = 'ы'.repeat(512 * 1024) + 'x'.repeat(1024);
    const cases: [string, string, string][] = [
      ['1 MB class attribute', `<div class="${mb}">${PARA}</div>`, ''],
      ['1 MB href on a related link', `${PARA}<div class="related"><h3>По теме</h3><a href="/${mb}">Другая новость</a></div>`, ''],
      ['1 MB javascript: href', `${PARA}<div class="related"><h3>По теме</h3><a href="javascript:${mb}">Другая</a></div>`, ''],
      ['1 MB meta content (og:title, description)', PARA, `<meta property="og:title" content="${mb}"><meta name="description" content="${mb}">`],
      ['1 MB attribute with no closing quote', `<div title="${mb}>${PARA}`, ''],
    ];
    for (const [label, body, head] of cases) {
      const html = page(body, head);
      const { ms, article } = stressParse(label, html, () => parseHtml(html, BIG), ['NOT_AN_ARTICLE']);
      expect(ms).toBeLessThan(LIMIT_MS);
      for (const item of article?.related ?? []) expect(item.url ?? '').not.toMatch(/^javascript:/iu);
    }
  });

  it('a 10 MB JSON-LD script (huge body, 1M-deep nesting, many keys, broken JSON)', { timeout: 120_000 }, () => {
    const bigBody = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'В Калуге открыли новый мост',
      datePublished: '2017-12-04T23:16:00+03:00',
      articleBody: 'Мост открыт. '.repeat((10 * 1024 * 1024) / 26),
    });
    const deep = `{"@type":"NewsArticle","headline":"Мост","x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const deepObj = `{"@type":"NewsArticle","headline":"Мост","x":${'{"a":'.repeat(500_000)}1${'}'.repeat(500_000)}}`;
    const manyKeys = `{"@type":"NewsArticle","headline":"Мост",${Array.from({ length: 400_000 }, (_, i) => `"k${i}":"значение ${i}"`).join(',')}}`;
    const broken = `<!-- {"@type":"NewsArticle","headline":"Мост",//comment\n"articleBody":"${'текст \\\' '.repeat(800_000)}",} -->`;
    const unclosedDeep = `{"@type":"NewsArticle","headline":"Мост","x":${'[{"a":'.repeat(800_000)}`;
    const cases: [string, string][] = [
      ['10 MB JSON-LD articleBody', bigBody],
      ['JSON-LD nested 1,000,000 arrays deep', deep],
      ['JSON-LD nested 500,000 objects deep', deepObj],
      ['JSON-LD with 400,000 keys', manyKeys],
      ['broken 7 MB JSON-LD (comments, bad escapes, trailing comma)', broken],
      ['unclosed 800,000-deep JSON-LD', unclosedDeep],
    ];
    for (const [label, json] of cases) {
      const html = page(PARA, `<script type="application/ld+json">${json}</script>`);
      const { ms } = stressParse(label, html, () => parseHtml(html, BIG));
      expect(ms).toBeLessThan(LIMIT_MS);
    }
  });
});
