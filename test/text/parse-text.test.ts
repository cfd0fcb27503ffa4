import { describe, expect, it } from 'vitest';
import { parseText, type Article } from '../../src/index.js';
import { textToLines } from '../../src/blocks/from-text.js';
import { deriveTitle, isTitleLine } from '../../src/extract/text-title.js';
import { dropEcho, splitAtSource } from '../../src/extract/related-text-items.js';

const OPTIONS = { referenceDate: '2024-06-20T12:00:00+03:00', timeZone: 'Europe/Moscow' } as const;
const DATE_TOKEN = /^\d{1,2}[:.]\d{2}(?:\.\d{2,4})?$/;
const parse = (text: string) => parseText(text, OPTIONS);

const ARTICLE = [
  'В Калуге открыли новый корпус детской больницы',
  '',
  'Корпус на улице Ленина принял первых пациентов.',
  '',
  'В нём разместили хирургию и реанимацию.',
  '',
  'Ещё новости о событии:',
  'Детская больница Калуги получила новый корпус.',
  '10:00 18.06.2024 Калужские новости - Калуга',
  '',
  'По теме',
  'В Обнинске достроят поликлинику',
  'Калуга - Обнинск: новые автобусы до больницы - Знамя Калуга - Обнинск: новые автобусы до больницы Маршрут запустят в июле.',
  'Знамя',
  'В Обнинске достроят поликлинику',
].join('\n');

describe('parseText: structure', () => {
  it('splits title, lead, body and both blocks', () => {
    const a = parse(ARTICLE);
    expect(a.title).toBe('В Калуге открыли новый корпус детской больницы');
    expect(a.lead).toBe('Корпус на улице Ленина принял первых пациентов.');
    expect(a.body).toEqual(['В нём разместили хирургию и реанимацию.']);
    expect(a.moreOnEvent.map((i) => [i.title, i.source, i.city])).toEqual([
      ['Детская больница Калуги получила новый корпус.', 'Калужские новости', 'Калуга'],
    ]);
    expect(a.related).toEqual([
      { title: 'В Обнинске достроят поликлинику', url: null, source: null, city: null, snippet: null, publishedAt: null },
      {
        title: 'Калуга - Обнинск: новые автобусы до больницы',
        url: null,
        source: 'Знамя',
        city: null,
        snippet: 'Маршрут запустят в июле.',
        publishedAt: null,
      },
    ]);
  });

  it('gives the same article for blank-line and single-line-break paragraphs, LF, CRLF and CR', () => {
    const base = parse(ARTICLE);
    const compact = ARTICLE.replace(/\n\n+/g, '\n');
    for (const variant of [compact, ARTICLE.replace(/\n/g, '\r\n'), compact.replace(/\n/g, '\r'), `\uFEFF${ARTICLE}\n\n\n`]) {
      expect(parse(variant)).toEqual(base);
    }
  });

  it('ignores NBSP runs, tabs, zero-width characters and NBSP-only lines', () => {
    const noisy = ARTICLE.replace(/ /g, (_, i: number) => (i % 3 === 0 ? '\u00A0\u00A0' : i % 3 === 1 ? ' \t' : '\u202F'))
      .replace(/\n\n/g, '\n\u00A0 \n')
      .replace('корпус', 'кор\u200Bпус');
    expect(parse(noisy)).toEqual(parse(ARTICLE));
  });

  it('keeps a title that starts with "Еще" and a heading only when it is the whole line', () => {
    const a = parse('Еще одна школа откроется в Брянске\n\nЕще новости о событии стали известны утром.\n\nЕще новости о событии\nШкола в Брянске откроется осенью.\n09:00 19.06.2024 Брянск.ру - Брянск');
    expect(a.title).toBe('Еще одна школа откроется в Брянске');
    expect(a.lead).toBe('Еще новости о событии стали известны утром.');
    expect(a.body).toEqual([]);
    expect(a.moreOnEvent).toHaveLength(1);
    expect(a.moreOnEvent[0]).toMatchObject({ title: 'Школа в Брянске откроется осенью.', source: 'Брянск.ру', city: 'Брянск' });
  });

  it('joins hard-wrapped lines but not sentences on separate lines', () => {
    const a = parse('Заголовок новости о погоде\nВ Туле ожидаются сильные\nдожди и ветер.\nСиноптики советуют не парковаться под деревьями.');
    expect(a.lead).toBe('В Туле ожидаются сильные дожди и ветер.');
    expect(a.body).toEqual(['Синоптики советуют не парковаться под деревьями.']);
  });

  it('reads the newer layout trailer into source and keeps it out of the body', () => {
    const a = parse('Мост открыт\nВ Туле открыли мост.\nДвижение запустили утром.\nИсточник: Тульские новости\n20.06.2024 10:15');
    expect(a.body).toEqual(['Движение запустили утром.']);
    expect(a.source).toEqual({ name: 'Тульские новости', url: null, city: null });
    expect(a.text).not.toMatch(/Источник|10:15/);
  });

  it('derives a title from a first line that is a paragraph, and says so', () => {
    const lead =
      'Жители ул. Ленина в г. Калуге и депутат А.В. Смирнов добились ремонта двора, который не ремонтировали с 1985 года. Работы начнутся в июле и закончатся к осени, пообещали в управе Ленинского округа города.';
    const a = parse(`${lead}\nПодрядчик уже завёз асфальт.`);
    expect(a.title).toBe('Жители ул. Ленина в г. Калуге и депутат А.В. Смирнов добились ремонта двора, который не ремонтировали с 1985 года');
    expect(a.lead).toBe(lead);
    expect(a.body).toEqual(['Подрядчик уже завёз асфальт.']);
    expect(a.warnings.some((w) => /title was derived/.test(w))).toBe(true);
  });

  it('throws NOT_AN_ARTICLE when the text has only blocks', () => {
    expect(() => parse('По теме\nВ Туле открыли мост')).toThrow(expect.objectContaining({ code: 'NOT_AN_ARTICLE' }));
  });
});

describe('parseText: what cannot be placed is reported', () => {
  it('warns about an orphan date line and a more-on-event item without date line', () => {
    const a = parse('Заголовок\n\nТекст новости.\n\nЕщё новости о событии\n10:00 18.06.2024 Знамя - Калуга\nНовость без даты\nНовость с датой\n11:00 18.06.2024 Весть - Калуга');
    expect(a.moreOnEvent.map((i) => i.title)).toEqual(['Новость без даты', 'Новость с датой']);
    expect(a.moreOnEvent[0]).toMatchObject({ source: null, publishedAt: null });
    expect(a.warnings.some((w) => w.includes('10:00 18.06.2024 Знамя - Калуга') && /Dropped/.test(w))).toBe(true);
    expect(a.warnings.some((w) => w.includes('Новость без даты') && /no date line/.test(w))).toBe(true);
  });

  it('warns about a dropped site-wide block', () => {
    const a = parse('Заголовок\n\nТекст новости.\n\nСамое читаемое\nЧто-то постороннее\n\nПо теме\nВ Туле открыли мост');
    expect(a.related.map((r) => r.title)).toEqual(['В Туле открыли мост']);
    expect(a.warnings.some((w) => w.includes('Самое читаемое') && w.includes('Что-то постороннее'))).toBe(true);
  });

  it.each([ARTICLE, 'Заголовок\n\nТекст.\n\nПо теме\nА - Б В\nБ\nБ\nВ Туле - мост - Весть В Туле - мост Открыт.\nСамое читаемое\nX'])(
    'every word of every line ends up in a field or a warning',
    (input) => {
      const a = parse(input);
      const haystack = fieldsOf(a).join('\n');
      for (const line of textToLines(input)) {
        if (line.heading !== null) continue;
        for (const word of line.text.split(' ')) {
          if (DATE_TOKEN.test(word)) continue; // read into an ISO publishedAt, checked elsewhere
          expect(haystack, `"${word}" of "${line.text}"`).toContain(word);
        }
      }
    },
  );
});

describe('related item helpers', () => {
  it('splits at the first dash followed by the whole source name', () => {
    expect(splitAtSource('Тула - Калуга: трасса - Тульская пресса Тула - Калуга: трасса Текст.', 'Тульская пресса')).toEqual({
      title: 'Тула - Калуга: трасса',
      snippet: 'Текст.',
    });
    expect(splitAtSource('Мост - Тульская прессанет', 'Тульская пресса')).toBeNull();
    expect(splitAtSource('Мост – Слобода', 'Слобода')).toEqual({ title: 'Мост', snippet: null });
  });

  it('drops the echo only when it is the whole title', () => {
    expect(dropEcho('Мост открыт', 'Мост открыт Движение запущено.')).toBe('Движение запущено.');
    expect(dropEcho('«Мост».', '«Мост» открыли.')).toBe('открыли.');
    expect(dropEcho('Мост', 'Мостовая отремонтирована.')).toBe('Мостовая отремонтирована.');
    expect(dropEcho('Мост', 'Мост')).toBeNull();
  });

  it('tells title lines from paragraphs and cuts long first sentences', () => {
    expect(isTitleLine('В Туле открыли мост.')).toBe(true);
    expect(isTitleLine('Мост открыт. Движение запущено утром.')).toBe(false);
    expect(isTitleLine('Что будет с мостом? Ответ мэрии')).toBe(true);
    const long = `${'слово '.repeat(60)}конец.`;
    const title = deriveTitle(long);
    expect(title.length).toBeLessThanOrEqual(201);
    expect(title.endsWith('слово…')).toBe(true);
  });
});

describe('parseText: linear time', () => {
  it('handles a 5 MB single line', () => {
    const line = 'Очень длинная строка без точек и переносов - Источник текст '.repeat(90_000);
    const t = performance.now();
    const a = parse(line);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(a.title.length).toBeLessThanOrEqual(201);
    expect(a.lead?.length).toBeGreaterThan(5_000_000);
  });

  it('handles 100,000 lines with big blocks', () => {
    const lines = ['Заголовок', 'Текст новости.'];
    for (let i = 0; i < 30_000; i++) lines.push(`Абзац номер ${i}.`);
    lines.push('По теме');
    for (let i = 0; i < 35_000; i++) lines.push(`Новость ${i} - Источник ${i % 500} Новость ${i} Текст ${i}.`, `Источник ${i % 500}`);
    const t = performance.now();
    const a = parse(lines.join('\n'));
    expect(performance.now() - t).toBeLessThan(5000);
    expect(a.body).toHaveLength(30_000);
    expect(a.related).toHaveLength(35_000);
    expect(a.related[123]).toMatchObject({ title: 'Новость 123', source: 'Источник 123', snippet: 'Текст 123.' });
  });
});

function fieldsOf(a: Article): string[] {
  const out = [a.title, a.lead ?? '', ...a.body, a.source?.name ?? '', ...a.warnings];
  for (const item of [...a.moreOnEvent, ...a.related]) out.push(item.title, item.source ?? '', item.city ?? '', item.snippet ?? '', item.publishedAt ?? '');
  return out;
}

describe('parseText: link lines', () => {
  it('gives a link line to the item above it and to the trailer source, and the caller url to the article', () => {
    const a = parseText(
      [
        'Мост открыт', 'В Туле открыли мост.', 'Источник: Тульские новости', 'https://tula-news.example/most', '20.06.2024 10:15',
        'По теме', 'В Алексине построят мост - Весть В Алексине построят мост Работы начнутся летом.', 'Весть',
        'https://vest.example/aleksin', 'В Туле закрыли переправу', 'https://vest.example/pereprava', 'https://vest.example/lishnyaya',
      ].join('\n'),
      { ...OPTIONS, url: 'https://aggregator.example/story/1' },
    );
    expect(a.url).toBe('https://aggregator.example/story/1');
    expect(a.source).toEqual({ name: 'Тульские новости', url: 'https://tula-news.example/most', city: null });
    expect(a.lead).toBe('В Туле открыли мост.');
    expect(a.related.map((r) => [r.title, r.url])).toEqual([
      ['В Алексине построят мост', 'https://vest.example/aleksin'],
      ['В Туле закрыли переправу', 'https://vest.example/pereprava'],
    ]);
    expect(a.warnings).toEqual([expect.stringContaining('"https://vest.example/lishnyaya"')]);
  });
});

describe('parseText: more-on-event times', () => {
  it('reads the item time in the given time zone, with the offset of that date', () => {
    const input = 'Заголовок\n\nТекст.\n\nЕщё новости о событии\nНовость.\n23:16 04.12.2013 Вести - Новосибирск';
    expect(parseText(input, { ...OPTIONS, timeZone: 'Asia/Novosibirsk' }).moreOnEvent[0]?.publishedAt).toBe('2013-12-04T23:16:00+07:00');
    expect(parseText(input, OPTIONS).moreOnEvent[0]?.publishedAt).toBe('2013-12-04T23:16:00+04:00');
  });
});
