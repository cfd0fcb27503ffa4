import { afterAll, describe, expect, it } from 'vitest';
import { findRussianDates } from '../../src/date/find-russian-dates.js';
import { parseRussianDate } from '../../src/date/parse-russian-date.js';
import { parseArticle, parseText } from '../../src/parse-article.js';
import { OPTIONS } from '../arbitraries/check-article.js';
import { printTimings, stressParse, stressRun } from './timed.js';

/**
 * Issue 7, guarantee 3 (text side) and the attack strings of guarantee 4: a 5 MB single
 * line, 100,000-line dumps, and inputs built to make the date and heading patterns
 * backtrack. Timings are printed; the limits asserted are generous — a quadratic step on
 * these sizes would take hours, not seconds.
 */
const BIG = { ...OPTIONS, maxInputBytes: 64 * 1024 * 1024 };
const LIMIT_MS = 30_000;
const DATE_OPTIONS = { reference: OPTIONS.referenceDate, timeZone: OPTIONS.timeZone };

function fill(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / new TextEncoder().encode(unit).length));
}

afterAll(() => printTimings('Text and date stress timings'));

describe('stress: plain text', () => {
  it('a 5 MB single line (words, no spaces, every word a date)', { timeout: 120_000 }, () => {
    const words = fill('В Калуге открыли новый мост через Оку, который строили три года. ', 5 * 1024 * 1024);
    const r1 = stressParse('5 MB single line of Russian sentences (parseText)', words, () => parseText(words, BIG));
    expect(r1.article?.title.length).toBeLessThanOrEqual(201);
    expect(r1.ms).toBeLessThan(LIMIT_MS);
    const r2 = stressParse('5 MB single line of Russian sentences (parseArticle)', words, () => parseArticle(words, BIG));
    expect(r2.ms).toBeLessThan(LIMIT_MS);

    const solid = fill('ы', 5 * 1024 * 1024);
    const r3 = stressParse('5 MB single word with no space or period', solid, () => parseText(solid, BIG));
    expect(r3.article?.title.endsWith('…')).toBe(true);

    const dates = fill('04.12.2017 23:16, ', 5 * 1024 * 1024);
    const r4 = stressParse('5 MB single line of dates (~290,000 mentions)', dates, () => parseText(dates, BIG));
    expect(r4.ms).toBeLessThan(LIMIT_MS * 2);
    expect(r4.article?.dates.length).toBeGreaterThan(100_000);

    const tooBig = stressParse('5 MB single line, maxInputBytes 1 MiB', words, () => parseText(words, { ...OPTIONS, maxInputBytes: 1024 * 1024 }), ['INPUT_TOO_LARGE']);
    expect(tooBig.error?.code).toBe('INPUT_TOO_LARGE');
  });

  it('100,000 lines: headings, items and heading look-alikes', { timeout: 120_000 }, () => {
    const headings = `Мост открыт\n\nВ Калуге открыли мост.\n\n${'По теме\n'.repeat(100_000)}`;
    stressParse('100,000 "По теме" heading lines', headings, () => parseText(headings, BIG));
    const items = `Мост открыт\n\nВ Калуге открыли мост.\n\nЕщё новости о событии\n${'В Туле закрыли мост\n23:16 04.12.2017 Тульские вести - Тула\n'.repeat(50_000)}По теме\n${'Новость - Источник Текст\nИсточник\n'.repeat(50_000)}`;
    const r = stressParse('200,000 item lines in both blocks', items, () => parseText(items, BIG));
    expect(r.ms).toBeLessThan(LIMIT_MS);
    const lookalikes = fill('Ещё новости о событии и по теме читайте также: ', 2 * 1024 * 1024);
    stressParse('2 MB line of heading words (not a heading)', lookalikes, () => parseText(lookalikes, BIG));
    const dashes = `Мост открыт\n\nТекст.\n\nПо теме\n${fill('Заголовок - ', 1024 * 1024)}\nИсточник`;
    stressParse('1 MB related line of " - " separators', dashes, () => parseText(dashes, BIG));
    const colons = `Мост открыт\n\n${fill(':', 1024 * 1024)}\n${fill('Источник:', 512 * 1024)}\n04.12.2017 23:16`;
    stressParse('1 MB of colons and "Источник:" labels', colons, () => parseText(colons, BIG));
  });
});

describe('stress: date and heading attack strings', () => {
  const ATTACKS: [string, string][] = [
    ['digits and spaces "4 4 4 …"', '4 '],
    ['digit run "1111…"', '1'],
    ['dotted numbers "04.12.04.12.…"', '04.12.'],
    ['times "23:16 23:16 …"', '23:16 '],
    ['ranges "с 10 по с 10 по …"', 'с 10 по '],
    ['day + NBSP runs "4\\u00A0\\u00A0\\u00A0\\u00A0\\u00A0"', '4\u00A0\u00A0\u00A0\u00A0\u00A0'],
    ['ordinal words "двадцать двадцать …"', 'двадцать '],
    ['weekday prefixes "Пн, Пн, …"', 'Пн, '],
    ['"вчера в вчера в …"', 'вчера в '],
    ['counts without "назад" "3 часа 3 часа …"', '3 часа '],
    ['years without cue "2017 2017 …"', '2017 '],
    ['month names without day "декабря декабря …"', 'декабря '],
    ['zone words "23:16 МСК МСК …"', '23:16 МСК '],
    ['ISO prefixes "2017-12-2017-12-…"', '2017-12-'],
    ['RFC-like "Mon, 04 Dec Mon, 04 Dec …"', 'Mon, 04 Dec '],
    ['dashes "10–10–10–…"', '10–'],
  ];

  it('findRussianDates / parseRussianDate on 1 MB and 4 MB of each attack string', { timeout: 300_000 }, () => {
    for (const [label, unit] of ATTACKS) {
      for (const size of [1, 4]) {
        const s = fill(unit, size * 1024 * 1024);
        const { ms } = stressRun(`findRussianDates: ${label}`, s, () => findRussianDates(s, DATE_OPTIONS), (r) => `${r.length} mentions`);
        expect(ms, label).toBeLessThan(LIMIT_MS);
      }
      const s = fill(unit, 1024 * 1024);
      const { ms } = stressRun(`parseRussianDate: ${label}`, s, () => parseRussianDate(s, DATE_OPTIONS), (r) => (r === null ? 'null' : r.value));
      expect(ms, label).toBeLessThan(LIMIT_MS);
    }
  });

  it('parseText on 2 MB lines of the same attack strings', { timeout: 300_000 }, () => {
    for (const [label, unit] of ATTACKS.slice(0, 8)) {
      const s = `Заголовок\n\n${fill(unit, 2 * 1024 * 1024)}\n\nПо теме\n${fill(unit, 256 * 1024)}`;
      const { ms } = stressParse(`parseText: ${label}`, s, () => parseText(s, BIG));
      expect(ms, label).toBeLessThan(LIMIT_MS);
    }
  });
});
