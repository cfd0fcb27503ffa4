import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractHtmlMetadata } from '../../src/extract/html-metadata.js';
import { collectLdNodes, parseJsonLd, repairJson } from '../../src/extract/json-ld.js';
import { sourceFromCreditLine } from '../../src/extract/source.js';
import { stripSiteName, titleVariants } from '../../src/extract/title.js';
import { dateFromUrl } from '../../src/extract/url-date.js';
import { resolveParseOptions, type ParseOptions } from '../../src/options.js';
import { defineSiteRules, type SiteRules } from '../../src/sites/define-site-rules.js';

const PARAGRAPH =
  '<p>В Калуге открыли новый пешеходный мост через Оку. Строительство продолжалось три года, его стоимость составила около двухсот миллионов рублей.</p>';

function run(html: string, options: ParseOptions = {}, rules: SiteRules | null = null) {
  const ctx = resolveParseOptions({ referenceDate: '2018-08-25T12:00:00+03:00', timeZone: 'Europe/Moscow', ...options });
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const meta = extractHtmlMetadata(doc, ctx, rules, ctx.url);
  return { meta, warnings: ctx.warnings };
}

describe('JSON-LD', () => {
  it('reads a NewsArticle inside @graph: headline, dates in the zone, authors, publisher', () => {
    const { meta } = run(`<html><head><script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Калужские вести' },
        { '@type': 'NewsMediaOrganization', name: 'Калужские вести', address: { '@type': 'PostalAddress', addressLocality: 'Калуга' } },
        { '@type': 'NewsArticle', headline: 'Мост через Оку открыт', datePublished: '2018-08-22T21:02:00Z', dateModified: '2018-08-23T09:00:00+03:00',
          author: [{ '@type': 'Person', name: 'Ирина Соколова' }, 'Пётр Ильин'], publisher: { '@type': 'Organization', name: 'Калужские вести', url: 'https://vesti.example.ru/' },
          image: { '@type': 'ImageObject', url: '/img/most.jpg', caption: 'Новый мост' }, keywords: 'мосты, Калуга' },
      ],
    })}</script></head><body>${PARAGRAPH}</body></html>`, { url: 'https://vesti.example.ru/news/1' });
    expect(meta.title).toBe('Мост через Оку открыт');
    expect(meta.publishedAt).toBe('2018-08-23T00:02:00+03:00');
    expect(meta.modifiedAt).toBe('2018-08-23T09:00:00+03:00');
    expect(meta.authors).toEqual(['Ирина Соколова', 'Пётр Ильин']);
    expect(meta.source).toEqual({ name: 'Калужские вести', url: 'https://vesti.example.ru', city: 'Калуга' });
    expect(meta.images).toEqual([{ url: 'https://vesti.example.ru/img/most.jpg', caption: 'Новый мост' }]);
    expect(meta.tags).toEqual(['мосты', 'Калуга']);
  });

  it('tolerates broken JSON: comments, trailing commas, raw newlines, concatenated objects', () => {
    const broken = `<!--
      // comment
      {"@type": "BreadcrumbList", "itemListElement": [],}
      {"@type": ["NewsArticle"], /* note */ "headline": "Мост
через Оку", "datePublished": "2017-12-04T23:16:00+03:00",}
    -->`;
    const { meta } = run(`<html><head><script type="application/ld+json">${broken}</script></head><body>${PARAGRAPH}</body></html>`);
    expect(meta.title).toBe('Мост через Оку');
    expect(meta.publishedAt).toBe('2017-12-04T23:16:00+03:00');
    expect(JSON.parse(repairJson('{"a": [1, 2,], }'))).toEqual({ a: [1, 2] });
  });

  it('reads an array of nodes and prefers the article among them', () => {
    const ld = [{ '@type': 'WebPage', datePublished: '1600633920' }, { '@type': 'NewsArticle', headline: 'Дело передано в суд', datePublished: '2020-09-20T23:32:00+03:00' }];
    const { meta } = run(`<script type="application/ld+json">${JSON.stringify(ld)}</script>${PARAGRAPH}`, { timeZone: 'Europe/Kiev', referenceDate: '2020-09-22T00:00:00Z' });
    expect(meta.publishedAt).toBe('2020-09-20T23:32:00+03:00');
  });

  it('takes a Unix-time string from a page node when no article node has a date', () => {
    const { meta } = run(`<script type="application/ld+json">{"@type":"WebPage","datePublished":"1600633920"}</script><h1>Дело передано в суд</h1>${PARAGRAPH}`, { timeZone: 'Europe/Kiev', referenceDate: '2020-09-22T00:00:00Z' });
    expect(meta.publishedAt).toBe('2020-09-20T23:32:00+03:00');
  });

  it('cannot pollute prototypes through __proto__ or constructor keys', () => {
    const hostile = '{"@type":"NewsArticle","headline":"Заголовок","__proto__":{"polluted":"yes","@type":"Evil"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"name":"Злоумышленник"}}}';
    const value = parseJsonLd(hostile) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value).sort()).toEqual(['@type', 'author', 'headline']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
    expect((value.author as { name?: unknown }).name).toBeUndefined();
    const { meta } = run(`<script type="application/ld+json">${hostile}</script>${PARAGRAPH}`);
    expect(meta.title).toBe('Заголовок');
    expect(meta.authors).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('survives very deep JSON without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => parseJsonLd(deep)).not.toThrow();
    expect(collectLdNodes([parseJsonLd(deep)])).toEqual([]);
  });
});

describe('title', () => {
  it('votes: h1, og:title and <title> minus the site name agree; the SEO <title> loses', () => {
    const { meta } = run(`<html><head><title>Как родители спасают детей: Общество: Россия: Lenta.ru</title>
      <meta property="og:title" content="«А вы знали?»"></head>
      <body><header><h1 class="logo"><a href="/">Лента</a></h1></header><article><h1 class="topic">«А вы знали?»</h1>${PARAGRAPH}<h1>Раздел статьи</h1></article></body></html>`, { url: 'https://lenta.ru/articles/1/' });
    expect(meta.title).toBe('«А вы знали?»');
    expect(meta.titleElement?.attribs.class).toBe('topic');
  });

  it('ignores a lead paragraph set in <h1> and a headline marked alternativeHeadline', () => {
    const lead = 'Пресс-секретарь рассказал, что глава региона провёл выходные в горах. '.repeat(5);
    const { meta } = run(`<html><head><title>Выходные в горах - Газета.Ru | Фото</title><meta property="og:title" content="Фото: Выходные в горах">
      <meta name="twitter:title" content="Выходные в горах"></head><body><h2 class="h_1">Выходные в горах</h2><h1>${lead}</h1>${PARAGRAPH}</body></html>`);
    expect(meta.title).toBe('Выходные в горах');
    expect(meta.titleElement?.name).toBe('h2');

    const alt = run(`<html><head><title>«Сплав» создал беспилотник - Газета.Ru</title><meta property="og:title" content="Русский дрон вылетит из «Смерча»">
      <meta name="twitter:title" content="Русский дрон вылетит из «Смерча»"></head><body><article itemscope itemtype="http://schema.org/Article">
      <h2 itemprop="alternativeHeadline">Русский дрон вылетит из «Смерча»</h2><h1 itemprop="headline">«Сплав» создал беспилотник</h1>${PARAGRAPH}</article></body></html>`);
    expect(alt.meta.title).toBe('«Сплав» создал беспилотник');
  });

  it('discounts an h1 that links to another story, not one that links to the page itself', () => {
    const teaser = run(`<title>Мост через Оку открыт - Калужские вести</title><h1><a href="/news/2">В Туле закрыли старый мост на ремонт</a></h1><h1>Мост через Оку открыт</h1>${PARAGRAPH}`, { url: 'https://vesti.example.ru/news/1' });
    expect(teaser.meta.title).toBe('Мост через Оку открыт');
    const self = run(`<title>Калужские вести</title><h1><a href="/news/1">Мост через Оку открыт</a></h1>${PARAGRAPH}`, { url: 'https://vesti.example.ru/news/1' });
    expect(self.meta.title).toBe('Мост через Оку открыт');
  });

  it('strips the site name from a lone <title>', () => {
    expect(run(`<title>Мост через Оку открыт — Лента.ру</title>${PARAGRAPH}`).meta.title).toBe('Мост через Оку открыт');
    expect(run(`<title>NEWS.EXAMPLE.RU :: Мост через Оку открыт</title>${PARAGRAPH}`).meta.title).toBe('Мост через Оку открыт');
    expect(stripSiteName('Мост через Оку открыт | Новости Калуги', { siteName: null, host: null })).toBe('Мост через Оку открыт');
    expect(stripSiteName('Уикенд в горах: как отдохнул губернатор', { siteName: null, host: null })).toBe('Уикенд в горах: как отдохнул губернатор');
    expect(titleVariants('Мост открыт / 06.01.12 / Калуга')).toContain('Мост открыт');
  });

  it('turns escaped or marked-up metadata into plain text', () => {
    const ld = '{"@type":"NewsArticle","headline":"Дело &quot;минера&quot; передано в суд","author":{"name":"<b>Ирина</b> Соколова"}}';
    const { meta } = run(`<script type="application/ld+json">${ld}</script><meta property="og:title" content="Дело &amp;quot;минера&amp;quot; передано в суд">${PARAGRAPH}`);
    expect(meta.title).toBe('Дело "минера" передано в суд');
    expect(meta.authors).toEqual(['Ирина Соколова']);
  });

  it('prefers the full headline to a JSON-LD headline cut short with "…"', () => {
    const ld = '{"@type":"NewsArticle","headline":"В Калуге открыли новый пешеходный мост через Оку…"}';
    const { meta } = run(`<script type="application/ld+json">${ld}</script><h1>В Калуге открыли новый пешеходный мост через Оку у Гостиного двора</h1>${PARAGRAPH}`);
    expect(meta.title).toBe('В Калуге открыли новый пешеходный мост через Оку у Гостиного двора');
  });

  it('keeps quotes and dashes as written', () => {
    const { meta } = run(`<meta property="og:title" content='Полиция направила дело "минера" в суд — подробности'><h1>Полиция направила дело "минера" в суд — подробности</h1>${PARAGRAPH}`);
    expect(meta.title).toBe('Полиция направила дело "минера" в суд — подробности');
  });
});

describe('publishedAt', () => {
  it('prefers article:published_time and renders it in the zone', () => {
    const { meta } = run(`<meta property="article:published_time" content="2020-12-01T14:02:00+06:00"><h1>Заголовок новости</h1>${PARAGRAPH}`, { timeZone: 'Asia/Almaty', referenceDate: '2020-12-02T00:00:00Z' });
    expect(meta.publishedAt).toBe('2020-12-01T14:02:00+06:00');
  });

  it('renders a 2013 Moscow date with +04:00 and a Novosibirsk outlet with +07:00', () => {
    expect(run(`<meta property="article:published_time" content="2013-06-01T08:00:00Z"><h1>Заголовок</h1>${PARAGRAPH}`).meta.publishedAt).toBe('2013-06-01T12:00:00+04:00');
    expect(run(`<h1>Заголовок новости</h1><div class="date">4 декабря 2017, 23:16</div>${PARAGRAPH}`, { timeZone: 'Asia/Novosibirsk' }).meta.publishedAt).toBe('2017-12-04T23:16:00+07:00');
  });

  it('ignores microdata dates of other stories and reads the date line next to the headline', () => {
    const { meta } = run(`<title>Выходные в горах - Газета.Ru</title><article><h2 class="h_1">Выходные в горах</h2><div class="auth"><span class="date_time">27.08.2018, 18:34</span></div>${PARAGRAPH}</article>
      <ul><li itemscope itemtype="http://schema.org/NewsArticle"><h2 itemprop="headline">Другая новость</h2><time itemprop="datePublished" datetime="2018-08-26T05:20:52+04:00">26.08.2018, 05:20</time></li></ul>`, { referenceDate: '2018-08-28T12:00:00+03:00' });
    expect(meta.publishedAt).toBe('2018-08-27T18:34:00+03:00');
  });

  it('reads a stale +04:00 offset as the wall clock the page shows, with a warning', () => {
    const { meta, warnings } = run(`<article itemscope itemtype="http://schema.org/Article"><h1 itemprop="headline">Заголовок новости</h1>
      <time itemprop="datePublished" datetime="2017-02-28T14:49:46+04:00">28.02.2017, 14:49</time><meta itemprop="dateModified" content="2017-02-28T15:04:24+04:00">${PARAGRAPH}</article>`);
    expect(meta.publishedAt).toBe('2017-02-28T14:49:00+03:00');
    expect(meta.modifiedAt).toBe('2017-02-28T15:04:00+03:00');
    expect(warnings.some((w) => w.includes('offset'))).toBe(true);
  });

  it('trusts an offset the zone never had (the page is from another zone), not the wall clock', () => {
    const { meta, warnings } = run(`<meta property="article:published_time" content="2026-01-08T17:46:00+02:00"><h1>Заголовок новости</h1><div class="date">8 января 2026, 17:46</div>${PARAGRAPH}`, { referenceDate: '2026-01-09T12:00:00+03:00' });
    expect(meta.publishedAt).toBe('2026-01-08T18:46:00+03:00');
    expect(warnings.length).toBe(1);
  });

  it('reads a Z-labelled time equal to the shown wall clock as local time', () => {
    const { meta } = run(`<meta property="article:published_time" content="2012-01-04T14:05Z"><h1>Заголовок новости</h1><div class="date">04 января 2012 года 14:05</div>${PARAGRAPH}`, { referenceDate: '2012-01-06T12:00:00+04:00' });
    expect(meta.publishedAt).toBe('2012-01-04T14:05:00+04:00');
  });

  it('keeps metadata with an explicit offset over a disagreeing visible date, with a warning', () => {
    const { meta, warnings } = run(`<meta property="article:published_time" content="2017-12-04T23:16:00+03:00"><h1>Заголовок новости</h1><p class="date">5 декабря 2017, 10:00</p>${PARAGRAPH}`);
    expect(meta.publishedAt).toBe('2017-12-04T23:16:00+03:00');
    expect(warnings.some((w) => w.includes('2017-12-04T23:16:00+03:00'))).toBe(true);
  });

  it('takes the time of day from the visible line when metadata gives only the day', () => {
    const { meta } = run(`<meta itemprop="datePublished" content="2024-05-19"><h1>Заголовок новости</h1><div class="stats">19 мая 2024, 02:05</div>${PARAGRAPH}`, { referenceDate: '2024-05-20T12:00:00+03:00' });
    expect(meta.publishedAt).toBe('2024-05-19T02:05:00+03:00');
  });

  it('takes the visible time over a midnight placeholder of the same day, and ignores template-default dates', () => {
    const midnight = run(`<meta property="article:published_time" content="2017-12-04T00:00:00+03:00"><h1>Заголовок новости</h1><div class="date">4 декабря 2017, 14:30</div>${PARAGRAPH}`, { referenceDate: '2017-12-05T12:00:00+03:00' });
    expect(midnight.meta.publishedAt).toBe('2017-12-04T14:30:00+03:00');
    expect(midnight.warnings).toEqual([]);
    const placeholder = run(`<meta property="article:published_time" content="1970-01-01T00:00:00Z"><h1>Заголовок новости</h1><div class="date">4 декабря 2017</div>${PARAGRAPH}`, { referenceDate: '2017-12-05T12:00:00+03:00' });
    expect(placeholder.meta.publishedAt).toBe('2017-12-04');
  });

  it('lets a visible date line overrule a generic "date" meta (often the page generation date)', () => {
    const { meta, warnings } = run(`<meta name="date" content="2017-12-05"><h1>Заголовок новости</h1><div class="date">4 декабря 2017, 14:30</div>${PARAGRAPH}`, { referenceDate: '2017-12-05T12:00:00+03:00' });
    expect(meta.publishedAt).toBe('2017-12-04T14:30:00+03:00');
    expect(warnings.length).toBe(1);
  });

  it('reads a relative visible date against referenceDate', () => {
    const { meta } = run(`<h1>Заголовок новости</h1><div class="meta"><time>вчера в 15:59</time></div>${PARAGRAPH}`);
    expect(meta.publishedAt).toBe('2018-08-24T15:59:00+03:00');
  });

  it('does not invent a date from a bare time, a copyright line, prose or related links', () => {
    const { meta } = run(`<h1>Заголовок новости</h1><div class="date">16:28</div>${PARAGRAPH}<p>Решение примут 1 июня, сообщили в мэрии.</p>
      <ul><li><a href="/n/2">Другая новость <span>12 мая 2015, 10:00</span></a></li></ul><footer>© 2009 — 2015</footer>`, { url: 'https://slon.example.ru/posts/52033' });
    expect(meta.publishedAt).toBeNull();
  });

  it('reads date lines split over spans, with the clock apart, or inside a short box of links', () => {
    const at = (line: string) => run(`<div class="page"><h1>Мост через Оку открыт</h1><div class="meta">${line}</div>${PARAGRAPH}</div>`, { referenceDate: '2017-12-05T12:00:00+03:00' }).meta.publishedAt;
    expect(at('<span>4 декабря</span> <span>2017</span>, <span>23:16</span>')).toBe('2017-12-04T23:16:00+03:00');
    expect(at('4 декабря 2017 | 23:16')).toBe('2017-12-04T23:16:00+03:00');
    expect(at('23:16 / 04.12.2017')).toBe('2017-12-04T23:16:00+03:00');
    expect(at('12 марта 2012, 10:15 | Категория: <a href="/news/">Новости</a> | Просмотров: 412')).toBe('2012-03-12T10:15:00+04:00');
    expect(at('<a href="/print">Печать</a> <a href="#c">Обсудить</a> <div class="date"><span class="time">12:34</span> 17.01.2012</div>')).toBe('2012-01-17T12:34:00+04:00');
  });

  it('accepts words around a date in an element classed as a date, not in prose', () => {
    const dated = run(`<h1>Мост через Оку открыт</h1><div class="news-date">Дата публикации материала на официальном сайте администрации: 4 декабря 2017 года</div>${PARAGRAPH}`);
    expect(dated.meta.publishedAt).toBe('2017-12-04');
    const prose = run(`<h1>Мост через Оку открыт</h1><div class="lead">Мост откроют для пешеходов 4 декабря 2017 года, сообщили в городской администрации.</div>${PARAGRAPH}`);
    expect(prose.meta.publishedAt).toBeNull();
  });

  it('finds the headline shown outside any heading tag, and the date line under it', () => {
    const { meta } = run(`<title>Степновские новости :: В степи нашли стоянку кочевников</title><table><tr><td><a href="/">Главная</a></td><td>
      <div class="zag">В степи нашли стоянку кочевников</div><div class="data">[11:48/28.08.2011]</div><div class="text">${PARAGRAPH}</div></td></tr></table>`, { referenceDate: '2011-08-30T12:00:00+04:00' });
    expect(meta.title).toBe('В степи нашли стоянку кочевников');
    expect(meta.titleElement?.attribs.class).toBe('zag');
    expect(meta.publishedAt).toBe('2011-08-28T11:48:00+04:00');
  });

  it('warns when the visible publication date has no year', () => {
    const { meta, warnings } = run(`<h1>Мост через Оку открыт</h1><span class="date_time">5 января, 12:34</span>${PARAGRAPH}`, { referenceDate: '2012-01-06T12:00:00+04:00' });
    expect(meta.publishedAt).toBe('2012-01-05T12:34:00+04:00');
    expect(warnings).toContain('The publication date shown on the page has no year; the year was inferred from referenceDate.');
  });

  it('prefers a headline-styled holder over a breadcrumb that repeats the title', () => {
    const { meta } = run(`<title>Мост через Оку открыт » Калужские вести</title><div class="speedbar"><a href="/">Главная</a> » <span>Мост через Оку открыт</span></div>
      <div class="news"><span>Мост через Оку открыт</span><div class="news-title">Мост через Оку открыт</div><div class="date">04.12.2017</div>${PARAGRAPH}</div>`, { referenceDate: '2017-12-05T12:00:00+03:00' });
    expect(meta.titleElement?.attribs.class).toBe('news-title');
    expect(meta.publishedAt).toBe('2017-12-04');
  });

  it('finds a date line classed as a date at the end of a long article', () => {
    const long = PARAGRAPH.repeat(30);
    const { meta } = run(`<article><h1>Мост через Оку открыт</h1>${long}<div class="pub-date">Опубликовано: 04.12.2017</div></article><aside><span class="date">01.12.2017</span></aside>`, { referenceDate: '2017-12-05T12:00:00+03:00' });
    expect(meta.publishedAt).toBe('2017-12-04');
  });

  it('does not take a visible date later than the moment the page was saved', () => {
    const { meta } = run(`<h1>Мост через Оку открыт</h1><div class="sidebar"><span class="date">22:48 / 09.04.2013</span></div>${PARAGRAPH}`, { referenceDate: '2011-12-09T12:00:00+04:00' });
    expect(meta.publishedAt).toBeNull();
  });

  it('reads a date line whose parts are elements with no space between them, or with a comma before the year', () => {
    // Above the headline, as on lenta.ru: the walk back meets the text before its <time>.
    const at = (line: string) => run(`<div class="page"><div class="topline">${line}</div><h1>Мост через Оку открыт</h1>${PARAGRAPH}</div>`).meta.publishedAt;
    expect(at('<time>18:43, 27 февраля 2016</time><a href="/rubrics/city/">Город</a>')).toBe('2016-02-27T18:43:00+03:00');
    expect(at('<a href="/rubrics/city/">Город</a><span>27.02.2016</span>')).toBe('2016-02-27');
    expect(at('1:27, 27 февраля, 2016 <a href="/src">Калужские вести</a>')).toBe('2016-02-27T01:27:00+03:00');
    expect(at('<time>18:43, 27 июля</time><a href="/rubrics/city/">Город</a>')).toBe('2018-07-27T18:43:00+03:00');
  });

  it('reads a visible date without a year in the year of the date in the URL', () => {
    const { meta, warnings } = run(`<h1>Мост через Оку открыт</h1><div class="date">9 января, 21:00</div>${PARAGRAPH}`, { url: 'https://example.ru/news/2016/01/09/most/' });
    expect(meta.publishedAt).toBe('2016-01-09T21:00:00+03:00');
    expect(warnings).toEqual(['The publication date shown on the page has no year; the year was inferred from the date in the page URL.']);
  });

  it('never reads a visible date without a year as later than the reference date or now', () => {
    // Nearest to 2018-08-25 would be 2019-01-09; a page cannot be published after it was saved.
    const saved = run(`<h1>Мост через Оку открыт</h1><div class="date">9 января, 21:00</div>${PARAGRAPH}`);
    expect(saved.meta.publishedAt).toBe('2018-01-09T21:00:00+03:00');
    expect(saved.warnings).toEqual(['The publication date shown on the page has no year; the year was inferred from referenceDate.']);
    // Without referenceDate the same holds against the current time.
    const now = new Date();
    const ahead = new Date(now.getTime() + 40 * 86_400_000);
    const day = ahead.getUTCDate();
    const months = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    const ctx = resolveParseOptions({ timeZone: 'UTC' });
    const doc = parseDocument(`<h1>Мост через Оку открыт</h1><div class="date">${day} ${months[ahead.getUTCMonth()]}, 12:00</div>${PARAGRAPH}`);
    const published = extractHtmlMetadata(doc, ctx, null, null).publishedAt;
    expect(published).not.toBeNull();
    expect(Date.parse(published!)).toBeLessThan(now.getTime());
    expect(published!.slice(0, 4)).toBe(String(ahead.getUTCFullYear() - 1));
    expect(ctx.warnings).toEqual(['The publication date shown on the page has no year; the year was guessed from today. Pass referenceDate to pin it.']);
  });

  it('takes the day of a relative visible date from the URL when no referenceDate pins it', () => {
    const page = `<h1>Мост через Оку открыт</h1><div class="topline">Сегодня в 17:46</div>${PARAGRAPH}`;
    const ctx = resolveParseOptions({ timeZone: 'Europe/Moscow', url: 'https://example.ru/news/city/most-28-02-2022.htm' });
    expect(extractHtmlMetadata(parseDocument(page), ctx, null, ctx.url).publishedAt).toBe('2022-02-28T17:46:00+03:00');
    expect(ctx.warnings).toEqual(['The page shows a relative date ("сегодня", "вчера"); its day was read from the page URL.']);
    // "3 часа назад" has no clock time of its own: the day alone.
    const ago = resolveParseOptions({ timeZone: 'Europe/Moscow', url: 'https://example.ru/news/2022/02/28/most/' });
    expect(extractHtmlMetadata(parseDocument(page.replace('Сегодня в 17:46', '3 часа назад')), ago, null, ago.url).publishedAt).toBe('2022-02-28');
    // A referenceDate pins the relative date itself.
    expect(run(page, { url: 'https://example.ru/news/city/most-28-02-2022.htm' }).meta.publishedAt).toBe('2018-08-25T17:46:00+03:00');
  });

  it('falls back to a date in the URL', () => {
    expect(run(`<h1>Заголовок новости</h1>${PARAGRAPH}`, { url: 'https://example.ru/news/2017/12/04/most/' }).meta.publishedAt).toBe('2017-12-04');
  });
});

describe('site rules', () => {
  it('win over every generic source, field by field', () => {
    const rules = defineSiteRules({ name: 'test', title: ['.news-title'], publishedAt: ['.news-date'], authors: ['.news-author'], tags: ['.news-tags a'] });
    const { meta } = run(`<meta property="og:title" content="SEO-заголовок для поисковиков"><meta property="article:published_time" content="2018-08-20T10:00:00+03:00">
      <h1>Раздел «Новости»</h1><div class="news-title">Мост через Оку открыт</div><span class="news-date">21.08.2018 11:30</span><span class="news-author">Пётр Ильин</span>
      ${PARAGRAPH}<div class="news-tags"><a href="/t/1">мосты</a><a href="/t/2">Калуга</a></div>`, {}, rules);
    expect(meta.title).toBe('Мост через Оку открыт');
    expect(meta.titleElement?.attribs.class).toBe('news-title');
    expect(meta.publishedAt).toBe('2018-08-21T11:30:00+03:00');
    expect(meta.authors).toEqual(['Пётр Ильин']);
    expect(meta.tags).toEqual(['мосты', 'Калуга']);
  });

  it('fall back to the generic extractor when their selectors match nothing', () => {
    const rules = defineSiteRules({ name: 'test', title: ['.missing'], publishedAt: ['.missing'] });
    const { meta } = run(`<meta property="article:published_time" content="2018-08-20T10:00:00+03:00"><h1>Мост через Оку открыт</h1>${PARAGRAPH}`, {}, rules);
    expect(meta.title).toBe('Мост через Оку открыт');
    expect(meta.publishedAt).toBe('2018-08-20T10:00:00+03:00');
  });
});

describe('dateFromUrl', () => {
  it('reads year-first, compact and day-first dates in the path only', () => {
    expect(dateFromUrl('https://example.ru/news/2017/12/04/most/')).toBe('2017-12-04');
    expect(dateFromUrl('https://example.ru/news/20171204-most.html')).toBe('2017-12-04');
    expect(dateFromUrl('https://example.ru/news/city/kredity-28-02-2022.htm')).toBe('2022-02-28');
    expect(dateFromUrl('https://example.ru/posts/52033?d=20171204')).toBeNull();
    expect(dateFromUrl('https://example.ru/news/2017/02/30/')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});

describe('source, authors, tags, images, url', () => {
  it('reads og:site_name, bylines, article:tag, figures and the canonical URL', () => {
    const { meta } = run(`<html><head><meta property="og:site_name" content="Новости Калуги | Главное">
      <link rel="canonical" href="/news/most"><meta property="og:image" content="https://cdn.example.ru/og.jpg">
      <meta property="article:tag" content="Калуга"><meta property="article:tag" content="мосты"><meta name="author" content="https://facebook.com/x"></head>
      <body><article><h1>Мост через Оку открыт</h1><div class="author">Автор: Ирина Соколова</div>${PARAGRAPH}
      <figure><img src="/img/1.jpg" alt="alt"><figcaption>Мост вечером</figcaption></figure><figure><img src="data:image/png;base64,AAAA"></figure></article></body></html>`, { url: 'https://kaluga.example.ru/news/most?utm=1' });
    expect(meta.source).toEqual({ name: 'Новости Калуги', url: 'https://kaluga.example.ru', city: null });
    expect(meta.url).toBe('https://kaluga.example.ru/news/most');
    expect(meta.authors).toEqual(['Ирина Соколова']);
    expect(meta.tags).toEqual(['Калуга', 'мосты']);
    expect(meta.images).toEqual([
      { url: 'https://cdn.example.ru/og.jpg', caption: null },
      { url: 'https://kaluga.example.ru/img/1.jpg', caption: 'Мост вечером' },
    ]);
  });

  it('uses the keywords meta only for words the page shows as tag links', () => {
    const { meta } = run(`<meta name="keywords" content="новости, Калуга, мост, купить недорого"><h1>Мост через Оку открыт</h1>${PARAGRAPH}
      <div class="footer-links"><a href="/tags/kaluga/">Калуга</a> <a href="/tags/most/">мост</a></div>`);
    expect(meta.tags).toEqual(['Калуга', 'мост']);
  });

  it('reads a site name written as a URL as its host', () => {
    const { meta } = run(`<meta property="og:site_name" content="https://www.kaluga.example/"><h1>Мост через Оку открыт</h1>${PARAGRAPH}`);
    expect(meta.source?.name).toBe('kaluga.example');
  });

  it('reads a credit line', () => {
    expect(sourceFromCreditLine('Источник: ТАСС')).toBe('ТАСС');
    expect(sourceFromCreditLine('По материалам РИА Новости.')).toBeNull();
    expect(sourceFromCreditLine('По материалам: РИА Новости.')).toBe('РИА Новости');
    expect(sourceFromCreditLine('В Калуге открыли мост')).toBeNull();
  });
});
