import { describe, expect, it } from 'vitest';
import { parseRussianDate } from '../../src/date/parse-russian-date.js';
import { ISO, MONTH_NAMES, MONTH_YEAR, NUMERIC, ZONES, type Row } from './cases-absolute.js';
import { NEVER_A_DATE } from './cases-negative.js';
import { RELATIVE } from './cases-relative.js';

const OPTIONS = { reference: '2017-12-04T12:00:00+03:00', timeZone: 'Europe/Moscow' } as const;

function expectRow([input, value, granularity, end]: Row): void {
  const parsed = parseRussianDate(input, OPTIONS);
  expect(parsed, input).not.toBeNull();
  expect(parsed?.value, input).toBe(value);
  expect(parsed?.granularity, input).toBe(granularity);
  expect(parsed?.end, input).toBe(end);
}

describe('parseRussianDate: numeric dates and times', () => {
  it.each(NUMERIC)('%s', (...row) => expectRow(row as unknown as Row));
});

describe('parseRussianDate: month names, ordinals, weekdays, RFC 2822, ranges', () => {
  it.each(MONTH_NAMES)('%s', (...row) => expectRow(row as unknown as Row));
});

describe('parseRussianDate: month-year and year', () => {
  it.each(MONTH_YEAR)('%s', (...row) => expectRow(row as unknown as Row));
});

describe('parseRussianDate: ISO 8601', () => {
  it.each(ISO)('%s', (...row) => expectRow(row as unknown as Row));
});

describe('parseRussianDate: relative expressions against the reference', () => {
  it.each(RELATIVE)('%s', (...row) => expectRow(row as unknown as Row));
});

describe('parseRussianDate: historic and regional offsets', () => {
  it.each(ZONES)('%s in %s', (input, timeZone, value) => {
    expect(parseRussianDate(input, { reference: OPTIONS.reference, timeZone })?.value).toBe(value);
  });
});

describe('parseRussianDate: never a date', () => {
  it.each(NEVER_A_DATE.map((s) => [s]))('%j', (input) => {
    expect(parseRussianDate(input, OPTIONS)).toBeNull();
  });
});

describe('parseRussianDate: text and noise', () => {
  it('returns the date text without the surrounding punctuation', () => {
    expect(parseRussianDate('  (4 декабря 2017 г.), ', OPTIONS)).toEqual({ text: '4 декабря 2017 г.', value: '2017-12-04', granularity: 'day' });
  });
  it.each([
    ['4\u00a0декабря\u00a02017', '2017-12-04'],
    ['4\u202fдекабря\u202f2017', '2017-12-04'],
    ['4\tдекабря\t2017', '2017-12-04'],
    ['4\nдекабря\n2017', '2017-12-04'],
    ['4  декабря   2017', '2017-12-04'],
    ['04.12.2017\u00a023:16', '2017-12-04T23:16:00+03:00'],
    ['23:16\u00a004.12.2017', '2017-12-04T23:16:00+03:00'],
    ['4 ДеКаБрЯ 2017', '2017-12-04'],
    ['Четвёртого декабря 2017', '2017-12-04'],
    ['четвертого  декабря 2017', '2017-12-04'],
    ['в сентябрЁ 2017', '2017-09'], // Ё = Е, any case
    ['СЕГОДНЯ В 14:05', '2017-12-04T14:05:00+03:00'],
    ['около трЕх часов назад', '2017-12-04T09:00:00+03:00'],
  ] as const)('%j', (input, value) => {
    expect(parseRussianDate(input, OPTIONS)?.value ?? null).toBe(value);
  });
  it.each([
    ['Опубликовано: 04.12.2017 23:16', '2017-12-04T23:16:00+03:00'],
    ['Дата публикации: 4 декабря 2017 г.', '2017-12-04'],
    ['Обновлено — сегодня в 14:05', '2017-12-04T14:05:00+03:00'],
    ['Опубликовано: от 04.12.2017', '2017-12-04'],
    ['Опубликовано: никогда', null],
    ['Это очень длинная подпись перед датой: 04.12.2017', null],
  ] as const)('tolerates a short leading label: %j', (input, value) => {
    expect(parseRussianDate(input, OPTIONS)?.value ?? null).toBe(value);
  });
  it('rejects strings that hold more than one date', () => {
    expect(parseRussianDate('04.12.2017 и 05.12.2017', OPTIONS)).toBeNull();
    expect(parseRussianDate('Встреча 4 декабря 2017 года в мэрии', OPTIONS)).toBeNull();
  });
  it('never throws on bad options or input, returning null', () => {
    expect(parseRussianDate('04.12.2017', { timeZone: 'Mars/Olympus' })).toBeNull();
    expect(parseRussianDate('04.12.2017', { reference: 'not a date' })).toBeNull();
    expect(parseRussianDate('04.12.2017', null as never)).toBeNull();
    expect(parseRussianDate(42 as never, OPTIONS)).toBeNull();
    expect(parseRussianDate(undefined as never)).toBeNull();
    expect(parseRussianDate('04.12.2017'.repeat(1000), OPTIONS)).toBeNull();
  });
  it('accepts a Date as reference and defaults the zone to Moscow', () => {
    expect(parseRussianDate('вчера', { reference: new Date('2017-12-03T22:30:00Z') })?.value).toBe('2017-12-03');
    expect(parseRussianDate('04.12.2017 23:16')?.value).toBe('2017-12-04T23:16:00+03:00');
  });
  it('reads the calendar day of relative words in the zone, not in UTC', () => {
    // 2017-12-03T22:30Z is already 4 December in Moscow and in Vladivostok, still 3 December in UTC.
    const reference = new Date('2017-12-03T22:30:00Z');
    expect(parseRussianDate('сегодня', { reference, timeZone: 'Europe/Moscow' })?.value).toBe('2017-12-04');
    expect(parseRussianDate('сегодня', { reference, timeZone: 'UTC' })?.value).toBe('2017-12-03');
    expect(parseRussianDate('вчера', { reference, timeZone: 'Asia/Vladivostok' })?.value).toBe('2017-12-03');
  });
});
