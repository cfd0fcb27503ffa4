import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedRecord, FIXTURES, PINNED, REFERENCE, runCli, ZONE } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ru-news-cli-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bad usage: exit 2, nothing on stdout, exactly one line on stderr that points to --help. */
function expectUsageError(args: string[], mention: string): void {
  const run = runCli(args);
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ru-news-parser: .+ Run "ru-news-parser (parse |date )?--help" for usage\.$/);
  expect(lines[0]).toContain(mention);
}

describe('bad usage exits 2 with a one-line hint', () => {
  it.each([
    [['parse', 'tver-tram.txt', '--no-such-flag'], '--no-such-flag'],
    [['parse', 'tver-tram.txt', '--jobs'], '--jobs'],
    [['parse', 'tver-tram.txt', '--jobs', '0'], '--jobs'],
    [['parse', 'tver-tram.txt', '--jobs', 'two'], '--jobs'],
    [['parse', 'tver-tram.txt', '--format', 'xml'], '--format'],
    [['parse', 'tver-tram.txt', '--time-zone', 'Mars/Olympus'], '--time-zone'],
    [['parse', 'tver-tram.txt', '--reference-date', 'someday'], '--reference-date'],
    [['parse', 'tver-tram.txt', '--url', 'not a url'], '--url'],
    [['parse', 'tver-tram.txt', '--encoding', 'klingon-8'], '--encoding'],
    [['parse', 'tver-tram.txt', '--site-rules', 'missing-rules.json'], 'missing-rules.json'],
    [['parse'], 'at least one file'],
    [['parse', '-', '-'], 'standard input'],
    [['date'], 'date needs the text'],
    [['date', 'вчера', '--reference', 'soon'], '--reference'],
    [['frobnicate'], 'frobnicate'],
    [['--verbose'], '--verbose'],
    [[], 'command'],
  ])('%j', (args, mention) => {
    expectUsageError(args, mention);
  });

  it('rejects a --site-rules file that is not JSON, and one whose rule is malformed', () => {
    const notJson = join(dir, 'rules.txt');
    writeFileSync(notJson, 'title: h1');
    expectUsageError(['parse', 'tver-tram.txt', '--site-rules', notJson], 'not valid JSON');
    const badRule = join(dir, 'bad-rule.json');
    writeFileSync(badRule, JSON.stringify([{ name: 'ok', body: ['div.text'] }, { name: 'tver', body: 'div.news' }]));
    expectUsageError(['parse', 'tver-tram.txt', '--site-rules', badRule], 'rule #2');
  });

  it('passes the rules of a valid --site-rules file to the parser', () => {
    // A (deliberately odd) rule that takes the title from the sidebar heading, for this host:
    // the result differs from the generic one, so it shows whether the rule got through.
    const rule = { name: 'smolensk-vesti', hosts: ['smolensk-vesti.example.ru'], title: ['aside h3'] };
    const url = 'https://smolensk-vesti.example.ru/news/1';
    const generic = expectedRecord(join(FIXTURES, 'site/news/smolensk-park.htm'), '', { referenceDate: REFERENCE, timeZone: ZONE, url });
    for (const json of [rule, [rule]]) {
      const file = join(dir, 'rules.json');
      writeFileSync(file, JSON.stringify(json));
      const run = runCli(['parse', 'site/news/smolensk-park.htm', ...PINNED, '--url', url, '--site-rules', file]);
      const { file: _f, ...expected } = expectedRecord(join(FIXTURES, 'site/news/smolensk-park.htm'), '', {
        referenceDate: REFERENCE, timeZone: ZONE, url, siteRules: [rule],
      });
      expect(expected.title).not.toBe(generic.title);
      expect(JSON.parse(run.stdout)).toEqual(expected);
    }
  });
});

describe('--help and --version', () => {
  it('prints the main help with both commands, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = runCli([flag]);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('ru-news-parser parse <file|dir|glob|->...');
      expect(run.stdout).toContain('ru-news-parser date "<text>"');
    }
  });

  it('prints the help of each command with its options', () => {
    const parse = runCli(['parse', '--help']);
    expect(parse.status).toBe(0);
    for (const flag of ['--format', '--jobs', '--output', '--site-rules', '--quiet', '--reference-date']) expect(parse.stdout).toContain(flag);
    const date = runCli(['date', '--help']);
    expect(date.status).toBe(0);
    expect(date.stdout).toContain('--all');
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });
});
