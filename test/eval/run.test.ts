import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCases, fromFixture, type Case } from '../../scripts/eval/corpus.js';
import { predictionOf } from '../../scripts/eval/ours.js';
import { aggregate, EmptyResult, evaluate, runOne, type Extract } from '../../scripts/eval/run.js';

let root: string;

function writeCase(set: string, name: string, expected: object, page = 'Заголовок\n\nТекст новости.'): string {
  const dir = join(root, set, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.txt'), page);
  writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
  return dir;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'eval-test-'));
  writeCase('alpha', 'one', {
    source: 'test',
    title: 'Мост открыт',
    publishedAt: '2024-11-20T14:05:00+03:00',
    referenceText: ['В Калуге открыли мост.'],
    mustContain: ['открыли мост', 'через Оку'],
    mustNotContain: ['Читайте также'],
    related: ['В Туле закрыли старый мост'],
  });
  writeCase('alpha', 'two', { source: 'test', referenceIncludesTitle: true, referenceText: ['Мост открыт', 'В Калуге открыли мост.'] });
  writeCase('beta', 'three', { source: 'test', publishedAt: null, referenceText: 'Текст.' });
  writeFileSync(join(root, 'README.md'), '# not a case');
  mkdirSync(join(root, 'alpha', 'empty-folder'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const good: Extract = () => ({
  title: 'Мост открыт',
  text: 'В Калуге открыли мост.',
  publishedAt: '2024-11-20T11:05:00Z',
  relatedTitles: ['В Туле закрыли старый мост'],
});

describe('findCases', () => {
  it('expands set folders and case folders, skips files and non-cases, removes duplicates', () => {
    const warnings: string[] = [];
    const cases = findCases([join(root, 'alpha'), join(root, 'README.md'), join(root, 'beta'), join(root, 'alpha', 'one')], warnings);
    expect(cases.map((c) => c.id)).toEqual(['alpha/one', 'alpha/two', 'beta/three']);
    expect(cases[0]!.kind).toBe('text');
  });

  it('warns about a missing folder', () => {
    const warnings: string[] = [];
    expect(findCases([join(root, 'nope')], warnings)).toEqual([]);
    expect(warnings[0]).toMatch(/no such folder/);
  });
});

describe('fromFixture', () => {
  it('reads a whole-Article expectation with meta.json options as a corpus case', () => {
    const e = fromFixture(
      { title: 'Сквер открыт', text: 'Абзац.', publishedAt: null, related: [{ title: 'Другая новость' }], moreOnEvent: [{ title: 'То же событие' }] },
      { referenceDate: '2023-05-10T12:00:00+03:00', timeZone: 'Europe/Samara' },
    );
    expect(e).toEqual({
      source: 'fixture',
      title: 'Сквер открыт',
      publishedAt: null,
      referenceText: 'Абзац.',
      related: ['Другая новость', 'То же событие'],
      referenceDate: '2023-05-10T12:00:00+03:00',
      timeZone: 'Europe/Samara',
    });
    expect(fromFixture({ error: 'NOT_AN_ARTICLE' }, {})).toBeNull();
  });
});

describe('scoring pages', () => {
  let cases: Case[];
  beforeAll(() => {
    cases = findCases([join(root, 'alpha'), join(root, 'beta')], []);
  });

  it('scores a good prediction on every figure', () => {
    const r = runOne(cases[0]!, new Uint8Array(), 'ours', good);
    expect(r.error).toBeNull();
    expect(r.token?.f1).toBe(1);
    expect(r.title).toBe(true);
    expect(r.date).toBe(true);
    expect(r.mustContain.missing).toEqual(['через Оку']);
    expect(r.mustNotContain.present).toEqual([]);
    expect(r.related.missing).toEqual([]);
  });

  it('scores title + text when the reference includes the title', () => {
    const r = runOne(cases[1]!, new Uint8Array(), 'ours', good);
    expect(r.token?.f1).toBe(1);
    const withoutTitle = runOne(cases[1]!, new Uint8Array(), 'ours', () => ({ ...good(cases[1]!, new Uint8Array()), title: '' }));
    expect(withoutTitle.token!.recall).toBeLessThan(1);
  });

  it('gives a page that throws 0 on every figure, including mustNotContain', () => {
    const r = runOne(cases[0]!, new Uint8Array(), 'ours', () => {
      throw 'a string, not an Error';
    });
    expect(r.error).toMatch(/non-Error thrown/);
    expect(r.token?.f1).toBe(0);
    expect(r.title).toBe(false);
    expect(r.date).toBe(false);
    expect(r.mustNotContain.present).toEqual(['Читайте также']);
    expect(r.related.missing).toHaveLength(1);
  });

  it('treats junk returned by the parser as a failure', () => {
    for (const junk of [undefined, null, 42, { title: 7, text: '' }, { title: 'x' }]) {
      const r = runOne(cases[0]!, new Uint8Array(), 'ours', () => predictionOf(junk));
      expect(r.error).toMatch(/junk result/);
      expect(r.token?.f1).toBe(0);
    }
  });

  it('scores an EmptyResult as an empty article: F1 0 but mustNotContain passes', () => {
    const r = runOne(cases[0]!, new Uint8Array(), 'readability', () => {
      throw new EmptyResult('nothing found');
    });
    expect(r.error).toBe('nothing found');
    expect(r.token?.f1).toBe(0);
    expect(r.mustNotContain.present).toEqual([]);
  });

  it('keeps pages that expect no date out of the date rate and reports invented dates', () => {
    const r = runOne(cases[2]!, new Uint8Array(), 'ours', good);
    expect(r.date).toBeNull();
    expect(r.inventedDate).toBe(true);
    const none = runOne(cases[2]!, new Uint8Array(), 'ours', () => ({ ...good(cases[2]!, new Uint8Array()), publishedAt: null }));
    expect(none.inventedDate).toBe(false);
  });

  it('aggregates means over pages and rates over snippets', () => {
    const results = evaluate(cases, [['ours', (c) => (c.name === 'two' ? predictionOf(null) : good(c, new Uint8Array()))]]);
    const m = aggregate(results);
    expect(m.pages).toBe(3);
    expect(m.failed).toBe(1);
    expect(m.scored).toBe(3);
    // F1: one (page one), 0 (failed page two), page three: "Текст" vs the good text → 0.
    expect(m.f1).toBeCloseTo(1 / 3);
    expect(m.mustContain).toBeCloseTo(1 / 2);
    expect(m.dates).toBe(1);
    expect(m.date).toBe(1);
    expect(m.noDatePages).toBe(1);
    expect(m.inventedDates).toBe(1);
  });
});
