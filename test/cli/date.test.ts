import { describe, expect, it } from 'vitest';
import { lib, runCli } from './run-cli.js';

const REF = '2017-12-05T10:00:00+03:00';
const options = { reference: REF, timeZone: 'Europe/Moscow' };

describe('date', () => {
  it.each(['4 декабря 2017 г., 23:16', '23:16 04.12.2017', 'вчера', '24 ноября'])('prints what parseRussianDate returns for %j', (text) => {
    const run = runCli(['date', text, '--reference', REF, '--time-zone', 'Europe/Moscow']);
    const expected = lib.parseRussianDate(text, options);
    expect(JSON.parse(run.stdout)).toEqual(expected);
    expect(run.status).toBe(expected === null ? 1 : 0);
  });

  it('prints null and exits 1 for text that is not a date', () => {
    const run = runCli(['date', 'просто слова', '--reference', REF]);
    expect(run.stdout).toBe('null\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--all');
  });

  it('--all prints every mention, as findRussianDates does, in another zone too', () => {
    const text = 'Мост закрыли 20 марта 2024 года, а откроют 1 июня; вчера начали ремонт.';
    for (const zone of ['Europe/Moscow', 'Asia/Vladivostok']) {
      const run = runCli(['date', text, '--all', '--reference', REF, '--time-zone', zone]);
      const expected = lib.findRussianDates(text, { reference: REF, timeZone: zone });
      expect(JSON.parse(run.stdout)).toEqual(expected);
      expect(run.status).toBe(expected.length > 0 ? 0 : 1);
    }
  });

  it('reads the text from stdin with "-"', () => {
    const text = '23:16 04.12.2017';
    const run = runCli(['date', '-', '--all', '--reference', REF], { input: `Опубликовано ${text}\n` });
    expect(JSON.parse(run.stdout)).toEqual(lib.findRussianDates(`Опубликовано ${text}\n`, { reference: REF }));
  });
});
