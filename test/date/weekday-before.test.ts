import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAY_BEFORE_RE } from '../../src/date/date-patterns.js';
import { WEEKDAYS } from '../../src/date/weekdays.js';

/**
 * WEEKDAY_BEFORE_RE has no look-around (so that recheck can prove it linear): it matches
 * the character before the weekday too, and the caller puts a space before the text. It
 * must find exactly what the look-behind / look-ahead version found: the same start, the
 * same length, the same weekday.
 */
const LETTER = 'a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f';
const WITH_LOOKAROUND = new RegExp(
  `(?<![${LETTER}\\d])(?:во?\\s+)?(?<wd>${WEEKDAY_BEFORE_RE.source.split('(?<wd>')[1]!.split(')\\.?')[0]!})(?![${LETTER}])\\.?(?:\\s*,)?\\s+$`,
  'i',
);

function both(text: string): [string, string] {
  const old = WITH_LOOKAROUND.exec(text);
  const now = WEEKDAY_BEFORE_RE.exec(` ${text}`);
  const show = (index: number, length: number, wd: string | undefined): string => `${index}+${length}:${wd}`;
  return [
    old === null ? 'none' : show(old.index, old[0].length, old.groups?.wd),
    now === null ? 'none' : show(now.index, now[0].length - 1, now.groups?.wd),
  ];
}

describe('WEEKDAY_BEFORE_RE', () => {
  it('takes the weekday from the look-around version of itself', () => {
    // The alternation was cut out of the pattern above: make sure it was cut whole.
    expect(WITH_LOOKAROUND.exec('Пн, ')?.groups?.wd).toBe('Пн');
  });

  it.each([
    ['Пн, ', '0+4:Пн'],
    ['Новости. в пятницу, ', '9+11:пятницу'],
    ['во вторник ', '0+11:вторник'],
    ['Mon. ', '0+5:Mon'],
    ['правт ', 'none'],
    ['5вт ', 'none'],
    ['Xв вт ', '3+3:вт'],
    ['пн', 'none'],
  ])('%j → %s', (text, expected) => {
    const [old, now] = both(text);
    expect(old).toBe(expected);
    expect(now).toBe(expected);
  });

  it('matches where, and what, the look-around version matched, on any mix of weekdays, prefixes, letters and punctuation', () => {
    const words = WEEKDAYS.flatMap((w) => [...w.words, ...w.short]);
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom('в', 'во', 'В', 'ВО', ' ', '  ', '\t', '\u00a0', ',', '.', '5', 'а', 'X', 'ы', '-', '«'),
      fc.string({ maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const [old, now] = both(pieces.join(''));
        expect(now).toBe(old);
      }),
      { numRuns: 5000 },
    );
  });
});
