import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/extract/related-items.js';
import { parseHtml } from '../../src/index.js';

const OPTIONS = { url: 'https://vesti-kraya.example/news/2019/04/10/most.html', referenceDate: '2019-04-11T12:00:00+03:00', timeZone: 'Europe/Moscow' };

const ARTICLE = `
  <h1>Через Быструю построят новый мост</h1>
  <div class="article-text">
    <p>Новый автомобильный мост через реку Быструю начнут строить летом, сообщили в министерстве транспорта края.</p>
    <p>Мост длиной почти четыреста метров свяжет два района города и разгрузит старую переправу, по которой сейчас идёт весь транспорт.</p>
    %INLINE%
    <p>Проект прошёл государственную экспертизу в марте, а подрядчика выберут на торгах в мае.</p>
  </div>`;

function page(inline: string, after = '', head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Через Быструю построят новый мост</title>${head}</head><body>
    <div class="wrap"><div class="content">${ARTICLE.replace('%INLINE%', inline)}${after}</div></div></body></html>`;
}

describe('related blocks in HTML', () => {
  it('turns an inline "Читайте также:" paragraph into a related item and keeps it out of the body', () => {
    const a = parseHtml(page('<p>Читайте также: <a href="/news/2019/03/02/pereprava.html">Старую переправу закроют на ремонт</a></p>'), OPTIONS);
    expect(a.related).toEqual([
      {
        title: 'Старую переправу закроют на ремонт',
        url: 'https://vesti-kraya.example/news/2019/03/02/pereprava.html',
        source: null,
        city: null,
        snippet: null,
        publishedAt: null,
      },
    ]);
    expect(a.text).not.toContain('Читайте также');
    expect(a.text).not.toContain('Старую переправу');
    expect(a.body).toHaveLength(2);
  });

  it('reads a "По теме" heading followed by a list', () => {
    const a = parseHtml(
      page('', `<div class="block"><h3>По теме</h3><ul>
        <li><a href="https://vesti-kraya.example/news/1.html">В городе появится вторая объездная дорога</a></li>
        <li><a href="/news/2.html">Старый мост через Быструю признали аварийным</a></li></ul></div>`),
      OPTIONS,
    );
    expect(a.related.map((r) => r.title)).toEqual([
      'В городе появится вторая объездная дорога',
      'Старый мост через Быструю признали аварийным',
    ]);
    expect(a.related[1]!.url).toBe('https://vesti-kraya.example/news/2.html');
  });

  it('splits "Ещё новости о событии" into moreOnEvent with date, source and city', () => {
    const a = parseHtml(
      page('', `<div class="event"><div class="event-title">Ещё новости о событии</div>
        <div class="item"><a href="https://other.example/a">Минтранс края рассказал о сроках строительства моста</a><div>10:20 10.04.2019 Край сегодня - Быстрореченск</div></div></div>`),
      OPTIONS,
    );
    expect(a.moreOnEvent).toHaveLength(1);
    expect(a.moreOnEvent[0]).toMatchObject({
      title: 'Минтранс края рассказал о сроках строительства моста',
      url: 'https://other.example/a',
      source: 'Край сегодня',
      city: 'Быстрореченск',
      publishedAt: '2019-04-10T10:20:00+03:00',
    });
    expect(a.related).toEqual([]);
  });

  it('finds a related block by its class name alone', () => {
    const a = parseHtml(
      page('', `<div class="read-also"><a href="/news/3.html">Мэрия опубликовала схему объезда на время стройки</a><a href="/news/4.html">Жители правого берега попросили пустить дополнительный автобус</a></div>`),
      OPTIONS,
    );
    expect(a.related.map((r) => r.url)).toEqual(['https://vesti-kraya.example/news/3.html', 'https://vesti-kraya.example/news/4.html']);
    expect(a.text).not.toContain('Мэрия опубликовала');
  });

  it('drops site-wide feeds entirely', () => {
    const a = parseHtml(
      page('', `<div class="box"><h3>Самое читаемое</h3><ul><li><a href="/news/9.html">В крае потеплеет до двадцати градусов на выходных</a></li></ul></div>`),
      OPTIONS,
    );
    expect(a.related).toEqual([]);
    expect(a.moreOnEvent).toEqual([]);
    expect(a.text).not.toContain('потеплеет');
  });

  it('resolves links against <base href> and drops unsafe schemes', () => {
    const a = parseHtml(
      page('', `<div class="related"><h3>Похожие новости</h3>
        <a href="news/5.html">Мост через Быструю будет шестиполосным и с велодорожкой</a>
        <a href="javascript:alert(1)">Ссылка со скриптом вместо адреса новости о мосте</a>
        <a href="data:text/html,x">Ссылка с данными вместо адреса новости о мосте</a>
        <a href="VBScript:msgbox">Ещё одна опасная ссылка вместо адреса новости</a></div>`, '<base href="https://cdn.vesti-kraya.example/archive/">'),
      OPTIONS,
    );
    expect(a.related.map((r) => r.url)).toEqual(['https://cdn.vesti-kraya.example/archive/news/5.html']);
  });

  it('absolutizes and filters URLs', () => {
    expect(absoluteUrl('/a?b=1', 'https://x.example/news/')).toBe('https://x.example/a?b=1');
    expect(absoluteUrl(' javascript:void(0)', 'https://x.example/')).toBeUndefined();
    expect(absoluteUrl('#comments', 'https://x.example/')).toBeNull();
    expect(absoluteUrl('/relative', null)).toBeNull();
  });
});

describe('related cards', () => {
  it('reads date, headline and teaser of each card in a "Материалы по теме" box', () => {
    const cards = `<aside class="box"><h2>Материалы по теме</h2>
      <div class="card"><div class="when">09:15, 2 апреля</div><h4><a href="/a/1">Подрядчик моста назвал сроки сдачи</a></h4><div class="teaser">Первые машины поедут по мосту через два года, обещают строители.</div></div>
      <div class="card"><div class="when">18:40, 28 марта</div><h4><a href="/a/2">Старая переправа выдержит ещё три зимы</a></h4><div class="teaser">Экспертиза не нашла опасных повреждений в опорах переправы.</div></div></aside>`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Через Быструю построят новый мост</title>
      <meta property="article:published_time" content="2019-04-10T10:00:00+03:00"></head><body><div class="content">${ARTICLE.replace('%INLINE%', cards)}</div></body></html>`;
    const a = parseHtml(html, OPTIONS);
    expect(a.related).toEqual([
      {
        title: 'Подрядчик моста назвал сроки сдачи',
        url: 'https://vesti-kraya.example/a/1',
        source: null,
        city: null,
        snippet: 'Первые машины поедут по мосту через два года, обещают строители.',
        publishedAt: '2019-04-02T09:15:00+03:00',
      },
      {
        title: 'Старая переправа выдержит ещё три зимы',
        url: 'https://vesti-kraya.example/a/2',
        source: null,
        city: null,
        snippet: 'Экспертиза не нашла опасных повреждений в опорах переправы.',
        publishedAt: '2019-03-28T18:40:00+03:00',
      },
    ]);
    expect(a.text).not.toMatch(/Подрядчик|Экспертиза|Материалы по теме/);
  });

  it('takes a date shown inside a card link out of its title and into publishedAt', () => {
    const box = `<div class="read-more"><div class="read-more__title">Читайте также</div>
      <a href="/news/2019/04/09/pereprava.html"><span class="card__title">Старую переправу закроют на ремонт</span><span class="card__time">9 апреля, 18:05</span></a>
      <a href="/news/2019/04/10/avtobusy.html"><time class="card__time">08:40</time>Автобусы в Заречье будут ходить чаще</a></div>`;
    const a = parseHtml(page('', box), OPTIONS);
    expect(a.related.map((i) => [i.title, i.publishedAt])).toEqual([
      ['Старую переправу закроют на ремонт', '2019-04-09T18:05:00+03:00'],
      // A bare clock time names no day: it leaves the title, and the date stays unknown.
      ['Автобусы в Заречье будут ходить чаще', null],
    ]);
  });

  it('dates the story after a link that is only a date, instead of taking the date for a title', () => {
    const box = `<div class="news-caption">Ссылки по теме</div>
      <div class="theme-link"><a href="/archive/2019/03/02/">2 марта 2019</a><br><a href="/news/2019/03/02/pereprava.html">Старую переправу закроют на ремонт</a></div>
      <div class="theme-link"><a href="/archive/2019/02/11/">11 февраля 2019</a><br><a href="/news/2019/02/11/torgi.html">Торги на строительство моста перенесли</a></div>`;
    const a = parseHtml(page('', box), OPTIONS);
    expect(a.related.map((i) => [i.title, i.publishedAt])).toEqual([
      ['Старую переправу закроют на ремонт', '2019-03-02'],
      ['Торги на строительство моста перенесли', '2019-02-11'],
    ]);
  });

  it('reads a small <aside> of links right after a paragraph as related, whatever its class names', () => {
    const incut = `<div class="x7f3a"><aside><article><a href="/news/2019/04/02/pereprava.html"><img src="/i/1.jpg" alt=""></a>
      <h3><a href="/news/2019/04/02/pereprava.html">Старую переправу закроют на ремонт</a></h3>
      <p><a href="/news/2019/04/02/pereprava.html">Движение по переправе ограничат на всё лето.</a></p></article></aside></div>`;
    const a = parseHtml(page(incut), OPTIONS);
    expect(a.related.map((i) => i.title)).toEqual(['Старую переправу закроют на ремонт']);
    expect(a.text).not.toContain('Старую переправу');
    // A sidebar <aside> that follows no paragraph is page chrome, not a list of related stories.
    const sidebar = `<aside><h3><a href="/news/">Новости</a></h3><a href="/news/2019/04/01/shkola.html">Школа искусств набирает учеников</a></aside>`;
    expect(parseHtml(page('', sidebar), OPTIONS).related).toEqual([]);
  });
});
