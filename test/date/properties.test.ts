import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRussianDates } from '../../src/date/find-russian-dates.js';
import { parseRussianDate } from '../../src/date/parse-russian-date.js';

const OPTIONS = { reference: '2017-12-04T12:00:00+03:00', timeZone: 'Europe/Moscow' } as const;

/** Fragments that build date-like noise: digits, separators, month and relative words. */
const FRAGMENTS = [
  '04', '4', '12', '31', '2017', '17', '23', ':', '16', '.', '/', '-', '–', ' ', '\u00a0', '\t', '\n', ',', 'г.', 'года',
  'декабря', 'дек.', 'сент', 'мая', 'января', 'в', 'с', 'по', 'вчера', 'сегодня', 'назад', 'часа', 'минут', 'трёх',
  'около', 'только что', 'Пн', 'понедельник', 'МСК', '+0300', 'Z', 'T', 'четвёртого', '13-ом', 'Су-35', '%', '1/8',
  'ул.', '8 Марта', 'Mon', 'Dec', 'GMT', '😀', 'е', 'ё', 'полчаса',
];
const dateLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), dateLike);

/** Date.parse of a value; year and month values are read as their first day. */
function parseValue(value: string): number {
  if (/^\d{4}$/.test(value)) return Date.parse(`${value}-01-01`);
  if (/^\d{4}-\d{2}$/.test(value)) return Date.parse(`${value}-01`);
  return Date.parse(value);
}

function roundTrips(value: string): boolean {
  const t = parseValue(value);
  if (Number.isNaN(t)) return false;
  if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) {
    // Date-only values compare by day: the UTC calendar day is the written one.
    return new Date(t).toISOString().slice(0, value.length) === value;
  }
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  if (offset === null) return false;
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  // Re-render the instant at the written offset: it must give back the written wall time.
  const wall = new Date(t + minutes * 60_000).toISOString().slice(0, 19);
  return wall === value.slice(0, 19);
}

describe('findRussianDates properties', () => {
  it('never throws, and every mention is an exact slice with a round-tripping value', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findRussianDates(text, OPTIONS);
        let last = -1;
        for (const m of found) {
          expect(text.slice(m.index, m.index + m.text.length)).toBe(m.text);
          expect(m.index).toBeGreaterThan(last);
          last = m.index;
          expect(roundTrips(m.value), m.value).toBe(true);
          if (m.end !== undefined) {
            expect(roundTrips(m.end), m.end).toBe(true);
            expect(parseValue(m.end)).toBeGreaterThan(parseValue(m.value));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws with arbitrary options', () => {
    fc.assert(
      fc.property(anyText, fc.anything(), fc.anything(), (text, reference, timeZone) => {
        findRussianDates(text, { reference, timeZone } as never);
        parseRussianDate(text, { reference, timeZone } as never);
      }),
      { numRuns: 500 },
    );
  });

  it('parseRussianDate values round-trip too', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const parsed = parseRussianDate(text, OPTIONS);
        if (parsed !== null) expect(roundTrips(parsed.value), parsed.value).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a real date embedded in arbitrary text, at its exact index', () => {
    const monthNames = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2049-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.boolean(),
        fc.string({ maxLength: 40 }),
        (before, d, named, after) => {
          const iso = d.toISOString().slice(0, 10);
          const [y, m, day] = iso.split('-') as [string, string, string];
          const date = named ? `${Number(day)} ${monthNames[Number(m) - 1]} ${y} года` : `${day}.${m}.${y}`;
          const text = `${before} ${date} ${after}`;
          const hit = findRussianDates(text, OPTIONS).find((x) => x.index === before.length + 1);
          // Glued noise may legitimately extend the mention (a time, a range), never move it.
          if (hit !== undefined && hit.end === undefined && hit.text === date) expect(hit.value).toBe(iso);
          expect(hit === undefined ? findRussianDates(`${date}`, OPTIONS)[0]?.value : hit.value.slice(0, 10)).toBe(iso);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads every valid dd.mm.yyyy back to the same day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-');
        expect(parseRussianDate(`${day}.${m}.${y}`, OPTIONS)?.value).toBe(iso);
      }),
      { numRuns: 1000 },
    );
  });
});
