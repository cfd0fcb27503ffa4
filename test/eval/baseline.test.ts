import { describe, expect, it } from 'vitest';
import { formatDiff, toSavedRun } from '../../scripts/eval/baseline.js';
import { summarize } from '../../scripts/eval/report.js';
import { scorePage } from '../../scripts/eval/run.js';
import type { Case } from '../../scripts/eval/corpus.js';

const kase = (name: string): Case => ({
  id: `set/${name}`,
  set: 'set',
  name,
  dir: '/nowhere',
  pagePath: '/nowhere/page.html',
  kind: 'html',
  expected: { title: 'Мост открыт', referenceText: ['В Калуге открыли новый мост через Оку.'] },
});

const page = (name: string, title: string, text: string) =>
  scorePage(kase(name), 'ours', { title, text, publishedAt: null, relatedTitles: [] }, null, 5);

describe('--save / --diff', () => {
  it('lists the pages whose F1 dropped or whose checks newly fail, and counts the improved ones', () => {
    const before = [page('a', 'Мост открыт', 'В Калуге открыли новый мост через Оку.'), page('b', 'Мост', 'В Калуге открыли')];
    const saved = toSavedRun(summarize(before, ['ours']), before);
    const after = [page('a', 'Мост закрыт', 'В Калуге открыли мост.'), page('b', 'Мост открыт', 'В Калуге открыли новый мост через Оку.')];
    const out = formatDiff(saved, summarize(after, ['ours']), after, 'before.json');
    expect(out).toMatch(/1 page\(s\) got worse/);
    expect(out).toMatch(/set\/a \(ours\)\s+F1 1\.000 → 0\.727\s+failed checks 0 → 1/);
    expect(out).not.toMatch(/set\/b \(ours\)/);
    expect(out).toMatch(/1 page\(s\) got better/);
    // F1 = 2·4/(4+7) = 0.727 for "a" after; 2·3/(3+7) = 0.6 for "b" before:
    // the mean goes from (1 + 0.6)/2 = 0.8 to (0.727 + 1)/2 = 0.864; the title rate stays 0.50.
    expect(out).toMatch(/0\.864 \(\+0\.064\)/);
    expect(out).toMatch(/0\.50 \(=\)/);
  });
});
