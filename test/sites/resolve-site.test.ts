import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { ArticleParseError, defineSiteRules, parseHtml, safeParseArticle } from '../../src/index.js';
import { hostMatches, mergeRules, resolveSite } from '../../src/sites/resolve-site.js';

const DLE_PAGE = `<html><head><meta name="generator" content="DataLife Engine (http://dle-news.ru)"><title>Новость</title></head>
  <body><div id="dle-content"><div class="full-story"><h1>В селе Озёрном отремонтировали клуб</h1>
  <div id="news-id-77">В селе Озёрном завершили ремонт сельского клуба, который не работал восемь лет.<br><br>Теперь здесь будут проходить занятия кружков, концерты и собрания жителей.</div>
  </div></div></body></html>`;

describe('hostMatches', () => {
  it('matches exact hosts, www and wildcards', () => {
    expect(hostMatches('news.example.ru', ['*.example.ru'])).toBe(true);
    expect(hostMatches('example.ru', ['*.example.ru'])).toBe(true);
    expect(hostMatches('www.example.ru', ['example.ru'])).toBe(true);
    expect(hostMatches('EXAMPLE.RU', ['example.ru'])).toBe(true);
    expect(hostMatches('notexample.ru', ['*.example.ru'])).toBe(false);
    expect(hostMatches('example.com', ['example.ru'])).toBe(false);
  });
});

describe('resolveSite', () => {
  it('recognizes built-in CMS rules by fingerprint', () => {
    expect(resolveSite(parseDocument(DLE_PAGE), [], null).names).toEqual(['dle']);
    const wp = parseDocument('<html><head><link rel="stylesheet" href="/wp-content/themes/x/style.css"></head><body><div class="entry-content"><p>x</p></div></body></html>');
    expect(resolveSite(wp, [], null).names).toEqual(['wordpress']);
    const bitrix = parseDocument('<html><body><div class="news-detail">x</div></body></html>');
    expect(resolveSite(bitrix, [], null).names).toEqual(['bitrix']);
    expect(resolveSite(parseDocument('<html><body><p>x</p></body></html>'), [], null)).toEqual({ rules: null, names: [] });
  });

  it('puts user rules first: host matches, then fingerprints, then built-ins', () => {
    const byHost = defineSiteRules({ name: 'ozernoe', hosts: ['*.ozernoe.example'], body: ['.story'] });
    const byPrint = defineSiteRules({ name: 'theme', fingerprints: ['#dle-content'], body: ['.other'] });
    const other = defineSiteRules({ name: 'other', hosts: ['other.example'], fingerprints: ['#dle-content'] });
    const site = resolveSite(parseDocument(DLE_PAGE), [byPrint, byHost, other], 'https://news.ozernoe.example/77.html');
    expect(site.names).toEqual(['ozernoe', 'theme', 'dle']);
    expect(site.rules?.body?.slice(0, 3)).toEqual(['.story', '.other', '[id^="news-id-"]']);
  });

  it('merges list fields in order and keeps the first time zone', () => {
    const merged = mergeRules([
      { name: 'a', title: ['h1.a'], timeZone: 'Asia/Omsk' },
      { name: 'b', title: ['h1.b'], body: ['.b'], timeZone: 'Europe/Moscow' },
    ]);
    expect(merged).toEqual({ name: 'a+b', title: ['h1.a', 'h1.b'], body: ['.b'], timeZone: 'Asia/Omsk' });
  });

  it.each([
    ['fingerprints', ['div[[[']],
    ['body', ['p:unknown-pseudo']],
    ['title', ['h1', '>>>']],
  ])('rejects a %s selector css-select cannot read with INVALID_OPTIONS naming it', (field, selectors) => {
    const call = () => defineSiteRules({ name: 'broken', [field]: selectors });
    expect(call).toThrow(ArticleParseError);
    expect(call).toThrow(new RegExp(`defineSiteRules\\(rules\\)\\.${field}\\[${selectors.length - 1}\\]`));
    const result = safeParseArticle(DLE_PAGE, { siteRules: [{ name: 'broken', [field]: selectors }] });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_OPTIONS');
      expect(result.error.message).toContain(`siteRules[0].${field}[${selectors.length - 1}]`);
    }
  });

  it('accepts a deeply nested but valid selector without overflowing', () => {
    expect(() => defineSiteRules({ name: 'deep', body: [`${':not(.x)'.repeat(200)}`] })).not.toThrow();
  });
});

describe('site rules in parseHtml', () => {
  const page = `<html><head><title>Ярмарка</title></head><body>
    <div class="promo"><p>Большая распродажа в торговом центре: скидки до семидесяти процентов на всё, только в эти выходные!</p></div>
    <div class="np-story"><h2 class="np-head">На площади пройдёт весенняя ярмарка</h2>
      <div class="np-text"><p>В субботу на Соборной площади пройдёт весенняя ярмарка: фермеры привезут мёд, сыры и рассаду.</p>
      <p>Торговля продлится с девяти утра до четырёх часов дня, вход свободный.</p><p class="np-note">Материал подготовлен редакцией.</p></div>
      <div class="np-links"><a href="/n/1">Осенняя ярмарка собрала рекордное число фермеров</a></div></div></body></html>`;
  const rules = defineSiteRules({
    name: 'np',
    hosts: ['np.example'],
    title: ['.np-head'],
    body: ['.np-text'],
    related: ['.np-links'],
    clean: ['.np-note'],
  });

  it('uses the rule for title, body, clean and related on its host', () => {
    const a = parseHtml(page, { url: 'https://np.example/n/2', siteRules: [rules], referenceDate: '2020-04-01' });
    expect(a.title).toBe('На площади пройдёт весенняя ярмарка');
    expect(a.lead).toBe('В субботу на Соборной площади пройдёт весенняя ярмарка: фермеры привезут мёд, сыры и рассаду.');
    expect(a.body).toEqual(['Торговля продлится с девяти утра до четырёх часов дня, вход свободный.']);
    expect(a.related.map((r) => r.url)).toEqual(['https://np.example/n/1']);
  });

  it('falls back to the generic extractor field by field when a selector matches nothing', () => {
    const partial = defineSiteRules({ name: 'np2', hosts: ['np.example'], body: ['.does-not-exist'], title: ['.np-head'] });
    const a = parseHtml(page, { url: 'https://np.example/n/2', siteRules: [partial], referenceDate: '2020-04-01' });
    expect(a.title).toBe('На площади пройдёт весенняя ярмарка');
    expect(a.text).toContain('весенняя ярмарка: фермеры привезут мёд');
    expect(a.text).not.toContain('распродажа');
  });

  it('does not apply a host-bound rule to another site', () => {
    const a = parseHtml(page, { url: 'https://elsewhere.example/n/2', siteRules: [rules], referenceDate: '2020-04-01' });
    expect(a.related).toEqual([]);
  });

  it("applies a rule's time zone unless the caller gave one", () => {
    const html = `<html><head><title>t</title></head><body><div class="np-story"><h2 class="np-head">Заголовок новости о ярмарке</h2>
      <div class="np-date">10.04.2020 12:00</div>
      <div class="np-text"><p>В субботу на Соборной площади пройдёт весенняя ярмарка: фермеры привезут мёд, сыры и рассаду.</p></div></div></body></html>`;
    const zoned = defineSiteRules({ name: 'np-omsk', hosts: ['np.example'], title: ['.np-head'], body: ['.np-text'], publishedAt: ['.np-date'], timeZone: 'Asia/Omsk' });
    const a = parseHtml(html, { url: 'https://np.example/n/3', siteRules: [zoned], referenceDate: '2020-04-11' });
    expect(a.publishedAt).toBe('2020-04-10T12:00:00+06:00');
    const b = parseHtml(html, { url: 'https://np.example/n/3', siteRules: [zoned], referenceDate: '2020-04-11', timeZone: 'Europe/Moscow' });
    expect(b.publishedAt).toBe('2020-04-10T12:00:00+03:00');
  });
});
