import { describe, expect, it } from 'vitest';
import { isBoilerplateText, isDateLine, phraseKey, sourceCredit } from '../../src/extract/boilerplate.js';
import { parseDocument } from 'htmlparser2';
import { indexDocument } from '../../src/blocks/from-document.js';
import { parseHtml } from '../../src/index.js';

const OPTIONS = { url: 'https://gorod.example/news/1.html', referenceDate: '2020-05-12T12:00:00+03:00', timeZone: 'Europe/Moscow' };

/** A page whose article holds the given extra paragraphs between real ones. */
function page(extraInside: string, extraOutside = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Мэрия обновит парк у реки</title></head><body>
  <div class="menu"><a href="/">Главная</a> <a href="/news/">Новости</a> <a href="/city/">Город</a></div>
  <div class="news-full">
    <h1>Мэрия обновит парк у реки</h1>
    <div class="news-text">
      <p>Парк у реки обновят к осени: заменят дорожки, поставят новые скамейки и фонари вдоль набережной.</p>
      ${extraInside}
      <p>Работы начнутся в июне и продлятся три месяца, сообщили в управлении благоустройства города.</p>
      <p>На время ремонта часть парка закроют для посетителей, но детская площадка будет работать.</p>
    </div>
  </div>
  ${extraOutside}
  </body></html>`;
}

describe('boilerplate wording', () => {
  it.each([
    'Фото: пресс-служба мэрии',
    'Фото из открытых источников',
    'Подписывайтесь на наш канал в Telegram',
    'Добавить комментарий',
    'Оцените статью',
    'Если вы заметили ошибку в тексте, выделите её и нажмите Ctrl+Enter',
    'Загрузка...',
    'Теги: город, парк',
    'Обратная связь с отделом «Город»:',
    'Если у вас есть новость, вопрос или идея для материала, напишите на этот адрес: news@gorod.example',
  ])('marks %j as chrome', (line) => {
    expect(isBoilerplateText(phraseKey(line))).toBe(true);
  });

  it.each([
    'Фотограф Иван Петров снимал набережную три дня подряд, пока не дождался солнца.',
    'Источник в мэрии сообщил, что ремонт начнётся раньше срока.',
    'Если вы стали свидетелем аварии на улице Ленина, полиция просит позвонить по телефону 02.',
    'Загрузка угля в порту завершилась к вечеру, сообщили в компании.',
  ])('keeps the sentence %j', (line) => {
    expect(isBoilerplateText(phraseKey(line))).toBe(false);
  });

  it('recognizes date and counter lines but not sentences with dates', () => {
    expect(isDateLine(phraseKey('12 мая 2020, 14:05'))).toBe(true);
    expect(isDateLine(phraseKey('Сегодня в 10:15'))).toBe(true);
    expect(isDateLine(phraseKey('Просмотров: 1 234'))).toBe(true);
    expect(isDateLine(phraseKey('12 мая в парке откроют фонтан'))).toBe(false);
  });

  it('reads the source of a credit line', () => {
    expect(sourceCredit('Источник: РИА Новости')).toBe('РИА Новости');
    expect(sourceCredit('Новости 0 Источник: Valve')).toBe('Valve');
    expect(sourceCredit('Источник в правительстве сообщил о переносе сроков.')).toBeNull();
  });
});

describe('boilerplate removal from the HTML body', () => {
  it('keeps the article paragraphs and nothing else', () => {
    const a = parseHtml(page(''), OPTIONS);
    expect(a.title).toBe('Мэрия обновит парк у реки');
    expect(a.lead).toMatch(/^Парк у реки обновят к осени/);
    expect(a.body).toHaveLength(2);
  });

  it('drops credits, prompts, rating and error-report lines inside the body', () => {
    const a = parseHtml(
      page(`<p>Фото: пресс-служба мэрии</p>
        <p>Подписывайтесь на наш канал в Telegram, чтобы не пропустить новости города!</p>
        <div class="rating">Оцените статью: 1 2 3 4 5</div>
        <p>Если вы заметили ошибку в тексте, выделите её и нажмите Ctrl+Enter</p>
        <p>Загрузка...</p>`),
      OPTIONS,
    );
    expect(a.text).not.toMatch(/Фото:|Подписывайтесь|Оцените|Ctrl\+Enter|Загрузка/);
    expect(a.body).toHaveLength(2);
  });

  it('moves an "Источник:" credit to source', () => {
    const a = parseHtml(page('<p>Источник: пресс-служба администрации города</p>'), OPTIONS);
    expect(a.text).not.toContain('Источник');
    expect(a.source?.name).toBe('пресс-служба администрации города');
  });

  it('drops comments, share buttons, navigation and copyright outside the article', () => {
    const a = parseHtml(
      page(
        '',
        `<div class="share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div>
         <div id="comments"><h3>Комментарии</h3>
           <div class="comment">Давно пора было заняться этим парком, там всё развалилось ещё при прошлом мэре.</div>
           <div class="comment">Лишь бы не вырубили старые липы вдоль реки, как это сделали в соседнем сквере.</div>
           <div>Добавить комментарий</div></div>
         <div class="footer">© 2020 Городские новости. Все права защищены.</div>`,
      ),
      OPTIONS,
    );
    expect(a.text).not.toMatch(/Поделиться|Давно пора|старые липы|Добавить комментарий|©|Главная/);
    expect(a.body).toHaveLength(2);
  });

  it('stops at a comments heading even when the comments carry no class names', () => {
    const a = parseHtml(
      page(
        '',
        `<div><h3>Комментарии (2)</h3>
           <div><b>Андрей</b><div>Давно пора было заняться этим парком, там всё развалилось ещё при прошлом мэре, и никто не чинил.</div></div>
           <div><b>Ольга</b><div>Лишь бы не вырубили старые липы вдоль реки, как это сделали в соседнем сквере прошлым летом.</div></div></div>`,
      ).replace('<div class="news-full">', '<div>').replace('<div class="news-text">', '<div>'),
      OPTIONS,
    );
    expect(a.text).not.toMatch(/Комментарии|Давно пора|старые липы/);
    expect(a.body).toHaveLength(2);
  });

  it('drops a photo caption next to an image and keeps the headline out of the body', () => {
    const a = parseHtml(
      page('<div class="pic"><img src="/p.jpg" alt=""><div class="pic-text">Набережная весной</div></div><h1>Мэрия обновит парк у реки</h1>'),
      OPTIONS,
    );
    expect(a.text).not.toContain('Набережная весной');
    expect(a.body.some((p) => p === 'Мэрия обновит парк у реки')).toBe(false);
  });

  it('keeps section headings inside the article as paragraphs', () => {
    const a = parseHtml(page('<h2>Что изменится</h2>'), OPTIONS);
    expect(a.body).toContain('Что изменится');
  });

  it('reads a div-and-br layout without paragraphs', () => {
    const html = `<html><head><title>Скважину в посёлке Лесном пробурят заново</title></head><body><table><tr><td class="left"><a href="/">Главная</a><br><a href="/news">Новости</a></td><td>
      <div class="title">Скважину в посёлке Лесном пробурят заново</div>
      <div class="text">Старая скважина в посёлке Лесном пересохла, и жители третью неделю возят воду из соседнего села.<br><br>Администрация района нашла подрядчика, который пробурит новую скважину до конца месяца.<br><br>До этого воду будут привозить в цистерне дважды в день.</div>
      </td></tr></table></body></html>`;
    const a = parseHtml(html, OPTIONS);
    expect(a.lead).toMatch(/^Старая скважина/);
    expect(a.body).toEqual([
      'Администрация района нашла подрядчика, который пробурит новую скважину до конца месяца.',
      'До этого воду будут привозить в цистерне дважды в день.',
    ]);
  });

  it('raises NOT_AN_ARTICLE for an index page of links', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/news/${i}">Новость номер ${i} о жизни нашего города и его жителей</a></li>`).join('');
    expect(() => parseHtml(`<html><body><h1>Новости</h1><ul>${items}</ul></body></html>`, OPTIONS)).toThrow(
      expect.objectContaining({ code: 'NOT_AN_ARTICLE' }),
    );
  });

  it('survives 100,000 levels of nesting', () => {
    const depth = 100_000;
    const html = `<html><body><h1>Глубокая вложенность страницы</h1>${'<div>'.repeat(depth)}<p>Текст новости лежит на самом дне очень глубокой вложенности элементов, и его нужно найти.</p>${'</div>'.repeat(depth)}</body></html>`;
    const a = parseHtml(html, OPTIONS);
    expect(a.text).toContain('Текст новости лежит на самом дне');
  });
});

describe('captions and credits that repeat an image text', () => {
  const GALLERY = `<div class="gallery"><div class="controls"><div class="btn">закрыть</div><div class="zoom">100%</div></div>
      <figure><img src="/i/park.jpg" alt="" data-author="Пресс-служба управления благоустройства"></figure>
      <div class="info"><div class="sign"><i>Пресс-служба управления благоустройства</i></div></div></div>`;

  it('drops a credit line in a gallery box that repeats the image data-author', () => {
    const a = parseHtml(page(GALLERY), OPTIONS);
    expect([a.lead, ...a.body].join('\n')).not.toContain('Пресс-служба управления благоустройства');
    expect(a.body).toContain('Работы начнутся в июне и продлятся три месяца, сообщили в управлении благоустройства города.');
  });

  it('does not take an image description that repeats the alt text for the lead', () => {
    const html = page('').replace(
      '<div class="news-text">',
      `<div class="title-image"><img src="/i/river.jpg" alt="Набережная у парка весной, вид с моста">
        <div class="label"><div class="label__caption" itemprop="description">Набережная у парка весной, вид с моста</div>
        <div class="label__credits">Фото: Иван Петров</div></div></div><div class="news-text">`,
    );
    const a = parseHtml(html, OPTIONS);
    expect(a.lead).toBe('Парк у реки обновят к осени: заменят дорожки, поставят новые скамейки и фонари вдоль набережной.');
    expect(a.body.join('\n')).not.toContain('Набережная у парка весной');
  });

  it('keeps a paragraph that an image alt was copied from (it ends like a sentence)', () => {
    const first = 'Парк у реки обновят к осени: заменят дорожки, поставят новые скамейки и фонари вдоль набережной.';
    const html = page('').replace('<div class="news-text">', `<div class="news-text"><figure><img src="/i/p.jpg" alt="${first}"></figure>`);
    const a = parseHtml(html, OPTIONS);
    expect([a.lead, ...a.body]).toContain(first);
  });
});

describe('teaser cards wrapped in one link', () => {
  const CARD = `<div class="box"><article><a href="/news/2.html"><img src="/i/2.jpg" alt="">
    <div><h2>Ремонт моста на Садовой закончат к зиме</h2>
    <p>Подрядчик заменит пролёты и перила, а движение по мосту откроют до первого снега, сообщили в мэрии.</p></div></a></article></div>`;

  it('counts the enclosing link in every block of the card (the snippet is link text, with one link)', () => {
    const index = indexDocument(parseDocument(`<html><body><p>Текст статьи о парке у реки.</p>${CARD}</body></html>`));
    const snippet = index.blocks.find((b) => b.text.startsWith('Подрядчик'))!;
    expect(snippet.linkLen).toBe(snippet.len);
    expect(snippet.links).toBe(1);
    expect(snippet.anchors.map((a) => a.attribs.href)).toEqual(['/news/2.html']);
    expect(index.blocks.find((b) => b.text.startsWith('Текст'))!.links).toBe(0);
  });

  it('keeps the snippet of such a card out of the body', () => {
    const a = parseHtml(page(CARD), OPTIONS);
    expect([a.lead, ...a.body].join('\n')).not.toContain('Подрядчик заменит пролёты');
    expect(a.body).toContain('На время ремонта часть парка закроют для посетителей, но детская площадка будет работать.');
  });
});

describe('a lead set apart above the body, quoted by the meta description', () => {
  const LEAD = 'Мэрия выделила сорок миллионов рублей на ремонт парка у реки, работы начнутся летом и закончатся к осени.';
  const build = (description: string, header: string): string =>
    page('')
      .replace('<title>', `<meta name="description" content="${description}"><title>`)
      .replace('<h1>Мэрия обновит парк у реки</h1>', `<div class="article-header"><h1>Мэрия обновит парк у реки</h1><p>${header}</p></div>`);

  it('takes the quoted paragraph for the lead, even in a header box the body leaves out', () => {
    const a = parseHtml(build(`${LEAD.slice(0, 80)}...`, LEAD), OPTIONS);
    expect(a.lead).toBe(LEAD);
    expect(a.body[0]).toBe('Парк у реки обновят к осени: заменят дорожки, поставят новые скамейки и фонари вдоль набережной.');
  });

  it('leaves a summary above the story alone when a body paragraph retells it', () => {
    // Worded differently from the body's first paragraph, but with its words.
    const summary = 'К осени обновят парк у реки: дорожки заменят, скамейки и фонари вдоль набережной поставят новые.';
    const a = parseHtml(build(summary, summary), OPTIONS);
    expect(a.lead).toBe('Парк у реки обновят к осени: заменят дорожки, поставят новые скамейки и фонари вдоль набережной.');
    expect([a.lead, ...a.body].join('\n')).not.toContain('К осени обновят');
  });
});
