import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/date/find-date-mentions.js';
import { findRussianDates } from '../../src/date/find-russian-dates.js';
import { NEVER_A_DATE } from './cases-negative.js';

const OPTIONS = { reference: '2017-12-04T12:00:00+03:00', timeZone: 'Europe/Moscow' } as const;

type Expected = readonly (readonly [text: string, value: string, end?: string])[];

/** Running text → the mentions, in order (text, value, end). */
const RUNNING: readonly (readonly [string, Expected])[] = [
  ['Заседание прошло 24 ноября в здании администрации.', [['24 ноября', '2017-11-24']]],
  ['Комиссия соберётся 04.12.2017 в 23:16, сообщили в мэрии.', [['04.12.2017 в 23:16', '2017-12-04T23:16:00+03:00']]],
  ['Новость опубликована 23:16 04.12.2017 Калуга24 - Калуга', [['23:16 04.12.2017', '2017-12-04T23:16:00+03:00']]],
  ['Источник: ТАСС\n04.12.2017 23:16', [['04.12.2017 23:16', '2017-12-04T23:16:00+03:00']]],
  ['В сентябре 2017 года мост закрыли, а в 2019 году открыли.', [['сентябре 2017 года', '2017-09'], ['2019 году', '2019']]],
  ['Выставка работает с 10 по 12 июля, вход свободный.', [['с 10 по 12 июля', '2017-07-10', '2017-07-12']]],
  ['Форум пройдёт 24–25 ноября в Калуге.', [['24–25 ноября', '2017-11-24', '2017-11-25']]],
  ['Приём заявок 10-12.07.2024 включительно.', [['10-12.07.2024', '2024-07-10', '2024-07-12']]],
  ['Каникулы продлятся с 25 декабря по 8 января 2018 года.', [['с 25 декабря по 8 января 2018 года', '2017-12-25', '2018-01-08']]],
  ['Вчера в 14:05 на трассе М-4 столкнулись две машины.', [['Вчера в 14:05', '2017-12-03T14:05:00+03:00']]],
  ['Пожар начался около трёх часов назад, сообщили в МЧС.', [['около трёх часов назад', '2017-12-04T09:00:00+03:00']]],
  ['Обновлено 2 ч. 21 мин. назад', [['2 ч. 21 мин. назад', '2017-12-04T09:39:00+03:00']]],
  ['Сегодня, 14:05 | Политика', [['Сегодня, 14:05', '2017-12-04T14:05:00+03:00']]],
  ['Пн, 4 декабря 2017 г., 23:16 — главные новости дня', [['Пн, 4 декабря 2017 г., 23:16', '2017-12-04T23:16:00+03:00']]],
  ['Это случилось четвёртого декабря 2017 года на 13-ом заседании.', [['четвёртого декабря 2017 года', '2017-12-04']]],
  ['Документ от 4 декабря 2017 года, понедельник, подписан.', [['4 декабря 2017 года, понедельник', '2017-12-04']]],
  ['Истребители Су-35 и Ту-154 прибыли на аэродром 1/8 финала.', []],
  ['Счёт 3:1, на 15% больше, 1,5 млн рублей, тел. 8 (4842) 56-12-34.', []],
  ['Здание по ГОСТ 12.1.004-91 на ул. 8 Марта построили 17-летние студенты.', []],
  ['Даты 31.11.2017 и 29.02.2017 не существуют, как и 32 декабря и 25:00.', []],
  ['Сообщение от 2017-12-04T20:16:00Z и от Mon, 04 Dec 2017 23:16:00 +0300.', [
    ['2017-12-04T20:16:00Z', '2017-12-04T20:16:00+00:00'],
    ['Mon, 04 Dec 2017 23:16:00 +0300', '2017-12-04T23:16:00+03:00'],
  ]],
  ['Митинг 9 мая, а парад — 12 июня.', [['9 мая', '2018-05-09'], ['12 июня', '2017-06-12']]],
  ['Только что стало известно: 5 минут назад завершилось голосование.', [['Только что', '2017-12-04T12:00:00+03:00'], ['5 минут назад', '2017-12-04T11:55:00+03:00']]],
  ['Матч 1/4 финала пройдёт 10.12.17 в 19.00 по московскому времени.', [['10.12.17 в 19.00 по московскому времени', '2017-12-10T19:00:00+03:00']]],
  ['В 2016–2017 годах число обращений выросло на 12,5 %.', [['2016–2017 годах', '2016', '2017']]],
  ['Потребление снизилось с 2007 по 2010г, а в 1991-1995 гг. росло.', [['с 2007 по 2010г', '2007', '2010'], ['1991-1995 гг.', '1991', '1995']]],
  ['Работы шли в сентябре-октябре 2011 года и с декабря по февраль 2018.', [['сентябре-октябре 2011 года', '2011-09', '2011-10'], ['с декабря по февраль 2018', '2017-12', '2018-02']]],
  ['Сегодня 12.50 рубля стоит проезд, а вчера в 9.15 подорожал.', [['Сегодня', '2017-12-04'], ['вчера в 9.15', '2017-12-03T09:15:00+03:00']]],
  ['Вчера, 25:10 — ошибка; сегодня 10:30 МСК — эфир.', [['Вчера', '2017-12-03'], ['сегодня 10:30 МСК', '2017-12-04T10:30:00+03:00']]],
  ['Коды 2017-2018 и 2019 без слова «год» — не даты.', []],
  ['Много лет назад здесь стоял завод.', []],
  ['Весной 1945 г. город освободили, а 9 мая 1945 года закончилась война.', [['1945 г.', '1945'], ['9 мая 1945 года', '1945-05-09']]],
  ['Сделка закрыта 04.12.2017. Подробности позже.', [['04.12.2017', '2017-12-04']]],
  ['Объявление: 04.12.2017 25:00 — опечатка в расписании.', [['04.12.2017', '2017-12-04']]],
  ['Начало в 25:00 04.12.2017 — опечатка.', [['04.12.2017', '2017-12-04']]],
  ['Сроки: 30–12 июля, уточняются.', [['12 июля', '2017-07-12']]],
  ['Старт 04.12.2017 23:16 +9999 по бортовому времени.', [['04.12.2017 23:16', '2017-12-04T23:16:00+03:00']]],
  ['Выпуск от 4 декабря 2017 г., 24:30.', [['4 декабря 2017 г.', '2017-12-04']]],
  ['Пн, 04.12.2017 — главное.', [['Пн, 04.12.2017', '2017-12-04']]],
  ['Ждали 5 минут 2 часа назад, потом ушли.', [['2 часа назад', '2017-12-04T10:00:00+03:00']]],
];

describe('findRussianDates: running text', () => {
  it.each(RUNNING)('%s', (text, expected) => {
    const found = findRussianDates(text, OPTIONS);
    expect(found.map((m) => [m.text, m.value, ...(m.end === undefined ? [] : [m.end])])).toEqual(expected.map((e) => [...e]));
    for (const m of found) expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });
});

describe('findRussianDates: never a date inside a sentence', () => {
  it.each(NEVER_A_DATE.map((s) => [s]))('%j', (neg) => {
    expect(findRussianDates(`По данным ведомства, ${neg} — так сообщается.`, OPTIONS)).toEqual([]);
  });
});

describe('findRussianDates: boundaries and noise', () => {
  it('uses Cyrillic-aware boundaries: no match glued to letters or digits', () => {
    expect(findRussianDates('Код А04.12.2017Б и 104.12.2017', OPTIONS)).toEqual([]);
    expect(findRussianDates('вчерашний день и сегодняшний', OPTIONS)).toEqual([]);
    expect(findRussianDates('завтрак в 8:30', OPTIONS)).toEqual([]);
  });
  it('reports UTF-16 indices across astral characters and NBSP', () => {
    const text = '😀 Новость от\u00a04\u00a0декабря\u00a02017';
    const [m] = findRussianDates(text, OPTIONS);
    expect(m?.index).toBe(text.indexOf('4'));
    expect(m?.text).toBe('4\u00a0декабря\u00a02017');
  });
  it('finds a bare year only with a cue word', () => {
    expect(findRussianDates('Бюджет на 2019 утвердили', OPTIONS)).toEqual([]);
    expect(findRussianDates('Бюджет на 2019 год утвердили', OPTIONS).map((m) => m.value)).toEqual(['2019']);
  });
  it('does not read a bare time or a year-less dd.mm as a date in running text', () => {
    expect(findRussianDates('Начало в 14:00, цена 12.05 рубля', OPTIONS)).toEqual([]);
  });
  it('never throws and returns [] for bad options', () => {
    expect(findRussianDates('04.12.2017', { timeZone: 'Nowhere/City' })).toEqual([]);
    expect(findRussianDates('04.12.2017', { reference: 'soon' })).toEqual([]);
    expect(findRussianDates(null as never)).toEqual([]);
  });
});

describe('findDateMentions: what was implied', () => {
  const now = new Date('2017-12-04T09:00:00Z');
  it('flags implied years and relative words truthfully', () => {
    const found = findDateMentions('4 декабря 2017 года, затем 24 ноября и вчера', { now, yearReference: now, timeZone: 'Europe/Moscow' });
    expect(found.map((m) => [m.text, m.yearImplied, m.relative])).toEqual([
      ['4 декабря 2017 года', false, false],
      ['24 ноября', true, false],
      ['вчера', false, true],
    ]);
  });
  it('reads missing years against yearReference and relative words against now', () => {
    const yearReference = new Date('2013-02-01T00:00:00Z');
    const found = findDateMentions('24 ноября и вчера', { now, yearReference, timeZone: 'Europe/Moscow' });
    expect(found.map((m) => m.value)).toEqual(['2012-11-24', '2017-12-03']);
  });
  it('lets a weekday fix a missing year', () => {
    const found = findDateMentions('понедельник, 4 декабря', { now: new Date('2020-06-01T00:00:00Z'), yearReference: new Date('2020-06-01T00:00:00Z'), timeZone: 'Europe/Moscow' });
    expect(found[0]?.value).toBe('2017-12-04');
    expect(found[0]?.yearImplied).toBe(true);
  });
  it('a range takes the written year of its end', () => {
    const found = findDateMentions('с 30 декабря по 2 января 2019', { now, yearReference: now, timeZone: 'Europe/Moscow' });
    expect(found.map((m) => [m.value, m.end, m.yearImplied])).toEqual([['2018-12-30', '2019-01-02', false]]);
  });
});
