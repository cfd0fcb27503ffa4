import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/index.js';
import {
  FIXTURES, PINNED, REFERENCE, REPO_FIXTURES, ZONE, expectedRecord, jsonLines, lib, runCli, runCliAsync,
} from './run-cli.js';

const TVER = 'tver-tram.txt';
const YAROSLAVL = 'yaroslavl-ice.txt';
const SMOLENSK = 'site/news/smolensk-park.htm';

/** A batch directory with good, gzipped, binary and empty files, built per run. */
let batch: string;
let batchFiles: string[];

beforeAll(() => {
  batch = mkdtempSync(join(tmpdir(), 'ru-news-cli-'));
  mkdirSync(join(batch, 'b-nested', 'deeper'), { recursive: true });
  writeFileSync(join(batch, 'a-tver.txt'), readFileSync(join(FIXTURES, TVER)));
  writeFileSync(join(batch, 'b-nested', 'deeper', 'yaroslavl.txt.gz'), gzipSync(readFileSync(join(FIXTURES, YAROSLAVL))));
  writeFileSync(join(batch, 'b-nested', 'smolensk.htm'), readFileSync(join(FIXTURES, SMOLENSK)));
  // Corrupt inputs: random-looking bytes (a fixed xorshift stream) and an empty file.
  const garbage = new Uint8Array(4096);
  let x = 2463534242;
  for (let i = 0; i < garbage.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    garbage[i] = x & 0xff;
  }
  writeFileSync(join(batch, 'b-nested', 'corrupt.html'), garbage);
  writeFileSync(join(batch, 'c-empty.txt'), '');
  writeFileSync(join(batch, 'notes.md'), '# not walked');
  writeFileSync(join(batch, 'broken.txt.gz'), Buffer.from('this is not gzip'));
  // The order a directory walk must follow: a directory's files by name, then its subdirectories.
  batchFiles = ['a-tver.txt', 'broken.txt.gz', 'c-empty.txt', 'b-nested/corrupt.html', 'b-nested/smolensk.htm', 'b-nested/deeper/yaroslavl.txt.gz'];
});

afterAll(() => {
  if (batch !== undefined) rmSync(batch, { recursive: true, force: true });
});

function batchExpectation(): Record<string, unknown>[] {
  return batchFiles.map((name) => {
    const file = `${batch}/${name}`;
    if (name === 'broken.txt.gz') return { file, error: { code: 'READ_ERROR', message: expect.stringContaining('not a valid gzip file') } };
    return expectedRecord(file, file);
  });
}

describe('parse: one input', () => {
  it('prints the Article of a single text file as pretty JSON, without a file field', () => {
    const run = runCli(['parse', TVER, ...PINNED]);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('{\n  "title": ')).toBe(true);
    const article = JSON.parse(run.stdout) as Record<string, unknown>;
    const { file: _file, ...expected } = expectedRecord(join(FIXTURES, TVER), TVER);
    expect(article).toEqual(expected);
    expect(article.title).toBe('В Твери на линию вышли новые трамваи');
    expect(run.stderr).toBe('');
  });

  it('reads standard input for "-"', () => {
    const input = readFileSync(join(FIXTURES, YAROSLAVL));
    const run = runCli(['parse', '-', ...PINNED], { input });
    expect(run.status).toBe(0);
    const { file: _file, ...expected } = expectedRecord(join(FIXTURES, YAROSLAVL), '-');
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('gunzips gzip input by its magic bytes: on stdin, and in a file without .gz', () => {
    const text = readFileSync(join(FIXTURES, YAROSLAVL));
    const { file: _file, ...expected } = expectedRecord(join(FIXTURES, YAROSLAVL), '-');
    const piped = runCli(['parse', '-', ...PINNED], { input: gzipSync(text) });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(expected);
    const saved = join(batch, 'saved-with-content-encoding.html');
    writeFileSync(saved, gzipSync(text));
    const fromFile = runCli(['parse', saved, ...PINNED]);
    expect(JSON.parse(fromFile.stdout)).toEqual(expected);
    rmSync(saved);
  });

  it('stops reading stdin past 10 MiB and reports INPUT_TOO_LARGE', () => {
    const run = runCli(['parse', '-', ...PINNED], { input: 'а'.repeat(6 * 1024 * 1024) });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: '-', error: { code: 'INPUT_TOO_LARGE' } });
  });

  it('reports a lone empty stdin as an error record and exits 1', () => {
    const run = runCli(['parse', '-', ...PINNED], { input: ' \n\t\n' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ file: '-', error: { code: 'EMPTY_INPUT', message: expect.any(String) } });
    expect(run.stderr).toMatch(/^-: EMPTY_INPUT: /);
  });

  it('passes --url, --reference-date and --time-zone through to the parser', () => {
    const args = ['--url', 'https://tver.example.ru/news/tram', '--reference-date', '2024-03-06T08:00:00+03:00', '--time-zone', 'Asia/Yekaterinburg'];
    const run = runCli(['parse', TVER, ...args]);
    const { file: _file, ...expected } = expectedRecord(join(FIXTURES, TVER), TVER, {
      url: 'https://tver.example.ru/news/tram',
      referenceDate: '2024-03-06T08:00:00+03:00',
      timeZone: 'Asia/Yekaterinburg',
    });
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('passes --encoding through: a windows-1251 file read as forced', () => {
    // windows-1251: А..я are 0xC0..0xFF, ё/Ё are 0xB8/0xA8, ASCII as is.
    const text = readFileSync(join(FIXTURES, YAROSLAVL), 'utf8');
    const bytes = Uint8Array.from([...text].map((ch) => {
      const c = ch.codePointAt(0) as number;
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      if (c === 0x451) return 0xb8;
      if (c === 0x401) return 0xa8;
      if (c < 0x80) return c;
      throw new Error(`no windows-1251 byte for ${ch}`);
    }));
    const path = join(batch, 'yaroslavl-1251.txt');
    writeFileSync(path, bytes);
    for (const encoding of ['windows-1251', 'koi8-r']) {
      const run = runCli(['parse', path, ...PINNED, '--encoding', encoding]);
      const { file: _file, ...expected } = expectedRecord(path, path, { referenceDate: REFERENCE, timeZone: ZONE, encoding });
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
    // Forced right, the text is the original; forced wrong, it is not.
    const right = JSON.parse(runCli(['parse', path, ...PINNED, '--encoding', 'windows-1251']).stdout) as { title?: string };
    const wrong = JSON.parse(runCli(['parse', path, ...PINNED, '--encoding', 'koi8-r']).stdout) as { title?: string };
    expect(right.title).toBe('В Ярославле закрыли выход на лёд Волги');
    expect(wrong.title).not.toBe(right.title);
    rmSync(path);
  });

  it('a missing file is an error record (READ_ERROR), exit 1', () => {
    const run = runCli(['parse', 'no-such-file.txt', ...PINNED]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: 'no-such-file.txt', error: { code: 'READ_ERROR' } });
  });
});

describe('parse: batches', () => {
  it('walks a directory recursively (.html .htm .txt .gz), one JSON line per file in walk order, errors in place', () => {
    const run = runCli(['parse', batch, ...PINNED, '--jobs', '1']);
    const expected = batchExpectation();
    expect(jsonLines(run.stdout)).toEqual(expected);
    const failed = expected.filter((r) => 'error' in r).length;
    expect(failed).toBeGreaterThanOrEqual(3); // broken gzip, binary garbage, empty file
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Parsed ${expected.length - failed} of ${expected.length} inputs, ${failed} failed`);
    // stderr is not a terminal here: a summary line, no progress bar escape codes.
    expect(run.stderr).not.toContain('\x1b[');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('gives the same lines in the same order with --jobs 2 (worker threads)', () => {
    const one = runCli(['parse', batch, ...PINNED, '--jobs', '1', '--quiet']);
    const two = runCli(['parse', batch, ...PINNED, '--jobs', '2', '--quiet']);
    expect(two.status).toBe(one.status);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe('');
    expect(jsonLines(two.stdout).map((r) => r.file)).toEqual(batchFiles.map((name) => `${batch}/${name}`));
  });

  it('keeps input order over many files with --jobs 2 and --jobs 3', async () => {
    const many = join(batch, 'many');
    mkdirSync(many, { recursive: true });
    const yaroslavl = readFileSync(join(FIXTURES, YAROSLAVL), 'utf8');
    // Sizes vary a lot so that workers finish out of order.
    for (let i = 0; i < 60; i++) {
      const extra = '\n\nТолщина льда у берегов не превышает пяти сантиметров.'.repeat((i * 37) % 200);
      writeFileSync(join(many, `page-${String(i).padStart(2, '0')}.txt`), yaroslavl + extra);
    }
    const [two, three] = await Promise.all([
      runCliAsync(['parse', many, ...PINNED, '--jobs', '2', '-q']),
      runCliAsync(['parse', many, ...PINNED, '--jobs', '3', '-q']),
    ]);
    const names = readdirSync(many).sort().map((n) => `${many}/${n}`);
    expect(jsonLines(two.stdout).map((r) => r.file)).toEqual(names);
    expect(three.stdout).toBe(two.stdout);
    expect(two.status).toBe(0);
    rmSync(many, { recursive: true });
  });

  it('expands quoted globs with **, ? and {a,b}, sorted', () => {
    const run = runCli(['parse', `${batch}/**/*.{txt,htm}`, ...PINNED, '-q']);
    expect(jsonLines(run.stdout).map((r) => r.file)).toEqual([`${batch}/a-tver.txt`, `${batch}/b-nested/smolensk.htm`, `${batch}/c-empty.txt`]);
    const one = runCli(['parse', `${batch}/?-tver.txt`, ...PINNED, '-q']);
    expect(jsonLines(one.stdout).map((r) => r.file)).toEqual([`${batch}/a-tver.txt`]);
  });

  it('reports a glob that matches nothing as NO_MATCH and goes on', () => {
    const run = runCli(['parse', 'nothing-*.html', TVER, ...PINNED, '-q']);
    const lines = jsonLines(run.stdout);
    expect(lines[0]).toMatchObject({ file: 'nothing-*.html', error: { code: 'NO_MATCH' } });
    expect(lines[1]).toEqual(expectedRecord(join(FIXTURES, TVER), TVER));
    expect(run.status).toBe(1);
  });

  it('parses the repository fixtures directory like the library does', () => {
    const run = runCli(['parse', 'fixtures', ...PINNED, '-q', '--jobs', '2'], { cwd: join(REPO_FIXTURES, '..') });
    const lines = jsonLines(run.stdout);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toEqual(expectedRecord(join(REPO_FIXTURES, '..', line.file as string), line.file as string));
    expect(run.status).toBe(lines.some((l) => 'error' in l) ? 1 : 0);
  });

  it('--format json over many inputs streams one JSON array', () => {
    const run = runCli(['parse', TVER, YAROSLAVL, 'missing.txt', ...PINNED, '--format', 'json', '-q']);
    const array = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(array).toEqual([
      expectedRecord(join(FIXTURES, TVER), TVER),
      expectedRecord(join(FIXTURES, YAROSLAVL), YAROSLAVL),
      { file: 'missing.txt', error: { code: 'READ_ERROR', message: expect.any(String) } },
    ]);
  });

  it('--output writes to a file and leaves stdout empty', () => {
    const out = join(batch, 'out.jsonl');
    const run = runCli(['parse', TVER, YAROSLAVL, ...PINNED, '--output', out, '-q']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(jsonLines(readFileSync(out, 'utf8')).map((r) => r.file)).toEqual([TVER, YAROSLAVL]);
    rmSync(out);
  });
});

describe('parse: human formats', () => {
  const article = (): Article => {
    const result = lib.safeParseArticle(readFileSync(join(FIXTURES, TVER)), { referenceDate: REFERENCE, timeZone: ZONE });
    if (!result.success) throw result.error;
    return result.data;
  };

  it('--format markdown: a heading, the paragraphs, and linked lists of the related blocks', () => {
    const run = runCli(['parse', TVER, ...PINNED, '--format', 'markdown']);
    expect(run.status).toBe(0);
    const a = article();
    const md = run.stdout;
    expect(md.startsWith(`# ${a.title}\n\n`)).toBe(true);
    for (const paragraph of a.text.split('\n\n')) expect(md).toContain(`\n\n${paragraph.replace(/[\\`*_[\]<>|]/g, '\\$&')}\n`);
    expect(md.includes('## More on this event')).toBe(a.moreOnEvent.length > 0);
    expect(md.includes('## Related')).toBe(a.related.length > 0);
    for (const item of [...a.moreOnEvent, ...a.related]) expect(md).toContain(`- ${item.url === null ? '' : '['}${item.title}`);
    expect(md).not.toContain('"title"');
  });

  it('--format markdown over a batch separates articles with rules and names each file; errors go to stderr', () => {
    const run = runCli(['parse', TVER, 'missing.txt', YAROSLAVL, ...PINNED, '--format', 'markdown', '-q']);
    expect(run.status).toBe(1);
    const parts = run.stdout.split('\n---\n\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/^<!-- file: tver-tram\.txt -->\n\n# /);
    expect(parts[1]).toMatch(/^<!-- file: yaroslavl-ice\.txt -->\n\n# В Ярославле/);
    expect(run.stderr).toMatch(/^missing\.txt: READ_ERROR: /m);
  });

  it('--format text: title, labelled metadata, paragraphs, related lists', () => {
    const run = runCli(['parse', TVER, ...PINNED, '--format', 'text']);
    const a = article();
    expect(run.stdout.startsWith(`${a.title}\n`)).toBe(true);
    expect(run.stdout).toContain(`\n\n${a.text}\n`);
    for (const item of a.related) expect(run.stdout).toContain(`  - ${item.title}`);
  });
});
