// --save FILE / --diff FILE: keep a run's figures and compare a later run with them, set by
// set and page by page (what got worse, what got better).
import { readFileSync, writeFileSync } from 'node:fs';
import type { SummaryRow } from './report.js';
import type { Metrics, PageResult } from './run.js';

interface SavedPage {
  id: string;
  extractor: string;
  f1: number | null;
  precision: number | null;
  recall: number | null;
  title: boolean | null;
  date: boolean | null;
  failedChecks: number;
  error: string | null;
}

export interface SavedRun {
  version: 1;
  savedAt: string;
  summary: Array<{ set: string; extractor: string } & Metrics>;
  pages: SavedPage[];
}

function failedChecks(r: PageResult): number {
  return (
    (r.title === false ? 1 : 0) +
    (r.date === false || r.inventedDate === true ? 1 : 0) +
    r.mustContain.missing.length +
    r.mustNotContain.present.length +
    r.related.missing.length
  );
}

export function toSavedRun(summary: readonly SummaryRow[], results: readonly PageResult[]): SavedRun {
  return {
    version: 1,
    savedAt: new Date().toISOString(),
    summary: summary.map((r) => ({ set: r.set, extractor: r.extractor, ...r.metrics })),
    pages: results.map((r) => ({
      id: r.id,
      extractor: r.extractor,
      f1: r.token?.f1 ?? null,
      precision: r.token?.precision ?? null,
      recall: r.token?.recall ?? null,
      title: r.title,
      date: r.date,
      failedChecks: failedChecks(r),
      error: r.error,
    })),
  };
}

export function saveRun(path: string, run: SavedRun): void {
  writeFileSync(path, `${JSON.stringify(run, null, 1)}\n`);
}

export function loadRun(path: string): SavedRun {
  const run = JSON.parse(readFileSync(path, 'utf8')) as SavedRun;
  if (run?.version !== 1 || !Array.isArray(run.summary) || !Array.isArray(run.pages)) throw new Error(`${path} is not a saved eval run`);
  return run;
}

const FIGURES: Array<[keyof Metrics, string, number]> = [
  ['f1', 'F1', 3],
  ['precision', 'P', 3],
  ['recall', 'R', 3],
  ['title', 'title', 2],
  ['date', 'date', 2],
  ['mustContain', 'must', 2],
  ['mustNotContain', 'mustNot', 2],
  ['related', 'related', 2],
  ['msPerPage', 'ms/page', 2],
];

function delta(now: number | null, before: number | null, digits: number): string {
  if (now === null) return '—';
  const s = now.toFixed(digits);
  if (before === null) return `${s} (new)`;
  const d = now - before;
  const ds = Math.abs(d) < 0.5 * 10 ** -digits ? '=' : `${d > 0 ? '+' : '−'}${Math.abs(d).toFixed(digits)}`;
  return `${s} (${ds})`;
}

/** The summary with changes against a saved run, then the pages that got worse or better. */
export function formatDiff(saved: SavedRun, summary: readonly SummaryRow[], results: readonly PageResult[], path: string): string {
  const lines = [`Against ${path} (saved ${saved.savedAt}):`];
  const rows: string[][] = [['set', 'tool', ...FIGURES.map(([, label]) => label)]];
  for (const r of summary) {
    const before = saved.summary.find((s) => s.set === r.set && s.extractor === r.extractor);
    rows.push([r.set, r.extractor, ...FIGURES.map(([key, , digits]) => delta(r.metrics[key] as number | null, before ? (before[key] as number | null) : null, digits))]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => [...row[i]!].length)));
  lines.push(...rows.map((row) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd()));

  const old = new Map(saved.pages.map((p) => [`${p.extractor}:${p.id}`, p]));
  const worse: string[] = [];
  let better = 0;
  for (const r of results) {
    const o = old.get(`${r.extractor}:${r.id}`);
    if (!o) continue;
    const f1 = r.token?.f1 ?? null;
    const df = f1 !== null && o.f1 !== null ? f1 - o.f1 : 0;
    const dc = failedChecks(r) - o.failedChecks;
    if (df < -0.005 || dc > 0 || (r.error !== null && o.error === null)) {
      worse.push(
        `  ${r.id} (${r.extractor})  F1 ${o.f1?.toFixed(3) ?? '—'} → ${f1?.toFixed(3) ?? '—'}` +
          (dc !== 0 ? `  failed checks ${o.failedChecks} → ${o.failedChecks + dc}` : '') +
          (r.error !== null && o.error === null ? `  now fails: ${r.error.slice(0, 80)}` : ''),
      );
    } else if (df > 0.005 || dc < 0 || (r.error === null && o.error !== null)) better++;
  }
  lines.push('', worse.length ? `${worse.length} page(s) got worse (F1 −0.005 or more, or a check newly failing):` : 'No page got worse.', ...worse);
  lines.push(`${better} page(s) got better.`);
  return lines.join('\n');
}
