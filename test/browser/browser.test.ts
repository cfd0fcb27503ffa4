// Bundles the ESM build for the browser (esbuild, dependencies included), loads it into
// headless Chromium (Debian's `chromium`, driven by playwright-core) from a file:// page
// and parses a plain-text and an HTML fixture inside the page.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures');
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `[browser test] SKIPPED: ${CHROMIUM} is missing. Install it with \`apt-get install -y chromium\` (.ci/run does this on CI).`,
  );
}

const options = {
  referenceDate: '2026-11-24T12:00:00+03:00',
  timeZone: 'Europe/Moscow',
  url: 'https://obninsk-news.example/news/2026/11/21/most/',
};

type Outcome =
  | { ok: true; article: Article; schemaValid: boolean; json: string }
  | { ok: false; name: string; code: string; isArticleParseError: boolean; message: string };

let work = '';
let context: BrowserContext | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first.');
  work = mkdtempSync(join(tmpdir(), 'ru-news-parser-browser-'));
  // platform 'browser' fails the build on any Node built-in reaching the library entry.
  await build({
    entryPoints: [join(root, 'dist/index.js')],
    bundle: true,
    format: 'iife',
    globalName: 'RuNewsParser',
    platform: 'browser',
    target: 'chrome120',
    outfile: join(work, 'ru-news-parser.browser.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(work, 'index.html'),
    '<!DOCTYPE html><html><head><meta charset="utf-8"><script src="ru-news-parser.browser.js"></script></head><body></body></html>',
  );
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    timeout: 30_000,
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(pathToFileURL(join(work, 'index.html')).href);
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

/** Runs `RuNewsParser[fn](input, options)` inside the page. */
function parseInPage(fn: 'parseText' | 'parseHtml' | 'parseArticle', input: string): Promise<Outcome> {
  return page.evaluate(
    ({ fn, input, options }) => {
      const lib = (globalThis as unknown as { RuNewsParser: typeof import('../../src/index.js') }).RuNewsParser;
      try {
        const article = lib[fn](input, options);
        return { ok: true, article, schemaValid: lib.ArticleSchema.safeParse(article).success, json: JSON.stringify(article) } as const;
      } catch (error) {
        const e = error as { name: string; code: string; message: string };
        return { ok: false, name: e.name, code: e.code, isArticleParseError: error instanceof lib.ArticleParseError, message: e.message } as const;
      }
    },
    { fn, input, options },
  );
}

function expectArticle(outcome: Outcome): Article {
  if (!outcome.ok) throw new Error(`expected an Article, got ${outcome.name} ${outcome.code}: ${outcome.message}`);
  expect(outcome.schemaValid).toBe(true);
  expect(JSON.parse(outcome.json)).toEqual(outcome.article);
  return outcome.article;
}

const BODY = [
  'Длина моста — 140 метров, ширина — четыре метра. На мосту установили освещение и пандусы для детских колясок.',
  'Глава администрации города пообещал, что набережную рядом с мостом благоустроят до лета.',
];

describe.skipIf(!hasChromium)('in headless Chromium', () => {
  it('loads the bundle into a real browser page', async () => {
    const info = await page.evaluate(() => ({
      userAgent: navigator.userAgent,
      hasProcess: typeof (globalThis as { process?: unknown }).process !== 'undefined',
      exports: Object.keys((globalThis as unknown as { RuNewsParser: object }).RuNewsParser).sort(),
    }));
    expect(info.userAgent).toMatch(/Chrome\/\d+/);
    expect(info.hasProcess).toBe(false);
    expect(info.exports).toEqual(expect.arrayContaining(['parseArticle', 'parseHtml', 'parseText', 'safeParseArticle', 'articleJsonSchema']));
    expect(pageErrors).toEqual([]);
  });

  it('parses an aggregator text dump', async () => {
    const article = expectArticle(await parseInPage('parseText', readFileSync(join(fixtures, 'obninsk-bridge.txt'), 'utf8')));
    expect(article.title).toBe('В Обнинске открыли новый пешеходный мост через Протву');
    expect(article.lead).toBe(
      'Пешеходный мост через Протву в Обнинске открыли в субботу, 21 ноября 2026 года, после двух лет строительства.',
    );
    expect(article.body).toEqual(BODY);
    expect(article.text).toBe([article.lead, ...article.body].join('\n\n'));
    expect(article.moreOnEvent.map((i) => [i.title, i.source, i.city])).toEqual([
      ['Мост через Протву открыт для пешеходов', 'Обнинск-Инфо', 'Обнинск'],
      ['В Обнинске завершили строительство моста', 'Калужские вести', 'Калуга'],
    ]);
    expect(article.related.map((i) => i.title)).toEqual([
      'В Калуге отремонтируют Гагаринский мост',
      'В Малоярославце закрыли переезд на ремонт',
    ]);
    expect(article.related[0]?.source).toBe('Калужские вести');
    expect(article.related[0]?.snippet).toMatch(/^работы начнутся весной\.$/);
    // Dates: Moscow offsets computed by @date-fns/tz on the browser's Intl data.
    expect(article.moreOnEvent.map((i) => i.publishedAt)).toEqual(['2026-11-21T14:20:00+03:00', '2026-11-21T16:05:00+03:00']);
    expect(article.dates.map((d) => d.value)).toEqual(['2026-11-21']);
    const first = article.dates[0];
    expect(first && article.text.slice(first.index, first.index + first.text.length)).toBe(first?.text);
    expect(pageErrors).toEqual([]);
  });

  it('parses an HTML page, with the boilerplate and the related block kept out of the body', async () => {
    const article = expectArticle(await parseInPage('parseHtml', readFileSync(join(fixtures, 'obninsk-bridge.html'), 'utf8')));
    expect(article.title).toBe('В Обнинске открыли новый пешеходный мост через Протву');
    expect(article.lead).toBe(
      'Пешеходный мост через Протву в Обнинске открыли в субботу, 21 ноября 2026 года, после двух лет строительства.',
    );
    expect(article.body).toEqual(BODY);
    for (const boilerplate of ['Поделиться', 'Главная', 'Читайте также', 'Гагаринский', 'Все права защищены']) {
      expect(article.text).not.toContain(boilerplate);
    }
    expect(article.url).toBe('https://obninsk-news.example/news/2026/11/21/most/');
    expect(article.publishedAt).toBe('2026-11-21T12:30:00+03:00');
    expect(article.authors).toEqual(['Анна Смирнова']);
    expect(article.source?.name).toBe('Обнинские новости');
    expect(article.dates.map((d) => d.value)).toEqual(['2026-11-21']);
    expect(article.related).toEqual([
      expect.objectContaining({ title: 'В Калуге отремонтируют Гагаринский мост', url: 'https://obninsk-news.example/news/2026/11/18/remont/' }),
      expect.objectContaining({ title: 'В Малоярославце закрыли переезд на ремонт', url: 'https://obninsk-news.example/news/2026/11/15/pereezd/' }),
    ]);
    expect(pageErrors).toEqual([]);
  });

  it('detects the format itself and reports bad input with a typed ArticleParseError', async () => {
    const auto = expectArticle(await parseInPage('parseArticle', readFileSync(join(fixtures, 'obninsk-bridge.html'), 'utf8')));
    expect(auto.title).toBe('В Обнинске открыли новый пешеходный мост через Протву');
    const empty = await parseInPage('parseArticle', ' \u00a0\n ');
    expect(empty).toMatchObject({ ok: false, name: 'ArticleParseError', code: 'EMPTY_INPUT', isArticleParseError: true });
  });

  it('decodes windows-1251 bytes with the browser TextDecoder', async () => {
    const outcome = await page.evaluate(
      ({ options }) => {
        const lib = (globalThis as unknown as { RuNewsParser: typeof import('../../src/index.js') }).RuNewsParser;
        // "Мост открыт" + a paragraph, encoded by hand as windows-1251 (А..я = 0xC0..0xFF).
        const encode = (s: string) =>
          Uint8Array.from(s, (ch) => {
            const code = ch.charCodeAt(0);
            if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
            if (code < 0x80) return code;
            throw new Error(`cannot encode ${ch}`);
          });
        const bytes = encode('<html><head><meta charset="windows-1251"><title>Мост открыт</title></head><body><article><h1>Мост открыт</h1><p>В Обнинске открыли новый пешеходный мост через реку Протву, его строили два года.</p></article></body></html>');
        const article = lib.parseArticle(bytes, options);
        return { title: article.title, lead: article.lead };
      },
      { options },
    );
    expect(outcome).toEqual({ title: 'Мост открыт', lead: 'В Обнинске открыли новый пешеходный мост через реку Протву, его строили два года.' });
  });

  it('gives the same result as Node on every fixtures/*/ case', async () => {
    const node = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof import('../../src/index.js');
    const dir = join(root, 'fixtures');
    const cases = existsSync(dir) ? readdirSync(dir).sort() : [];
    let compared = 0;
    for (const name of cases) {
      const text = join(dir, name, 'input.txt');
      const html = join(dir, name, 'input.html');
      if (!existsSync(text) && !existsSync(html)) continue;
      const meta = existsSync(join(dir, name, 'meta.json')) ? JSON.parse(readFileSync(join(dir, name, 'meta.json'), 'utf8')) : {};
      // HTML as bytes (some fixtures are windows-1251 or KOI8-R), text as a string.
      const input = existsSync(text) ? readFileSync(text, 'utf8') : [...readFileSync(html)];
      const inNode = node.safeParseArticle(typeof input === 'string' ? input : Uint8Array.from(input), meta);
      const inBrowser = await page.evaluate(
        ({ input, meta }) => {
          const lib = (globalThis as unknown as { RuNewsParser: typeof import('../../src/index.js') }).RuNewsParser;
          const r = lib.safeParseArticle(typeof input === 'string' ? input : Uint8Array.from(input), meta);
          return r.success ? { data: r.data } : { code: r.error.code };
        },
        { input, meta },
      );
      expect(inBrowser, name).toEqual(inNode.success ? { data: inNode.data } : { code: inNode.error.code });
      compared += 1;
    }
    if (cases.length > 0) expect(compared).toBeGreaterThan(0);
    console.log(`browser and Node agree on ${compared} fixtures`);
  });
});
