// Text output of the eval command: summary table, per-page rows, worst pages.
import { aggregate, type ExtractorName, type Metrics, type PageResult } from './run.js';

const f3 = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
const f2 = (x: number | null): string => (x === null ? '—' : x.toFixed(2));
const ok = (x: boolean | null): string => (x === null ? '·' : x ? '✓' : '✗');

function table(rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i]! - [...cell].length);
          return rightAligned.has(i) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export interface SummaryRow {
  set: string;
  extractor: ExtractorName;
  metrics: Metrics;
}

/** Groups results into one row per set and extractor, then `all`. */
export function summarize(results: readonly PageResult[], extractors: readonly ExtractorName[]): SummaryRow[] {
  const sets = [...new Set(results.map((r) => r.set))].sort();
  const rows: SummaryRow[] = [];
  const groups = sets.length > 1 ? [...sets, 'all'] : sets.length === 1 ? [sets[0]!, 'all'] : ['all'];
  for (const set of groups) {
    for (const extractor of extractors) {
      const subset = results.filter((r) => r.extractor === extractor && (set === 'all' || r.set === set));
      rows.push({ set, extractor, metrics: aggregate(subset) });
    }
  }
  return rows;
}

/** The summary table, with the denominators of each figure below it. */
export function formatSummary(rows: readonly SummaryRow[], showExtractor: boolean): string {
  const header = ['set', ...(showExtractor ? ['tool'] : []), 'pages', 'fail', 'F1', 'P', 'R', 'title', 'date', 'must', 'mustNot', 'related', 'ms/page'];
  const body = rows.map(({ set, extractor, metrics: m }) => [
    set,
    ...(showExtractor ? [extractor] : []),
    String(m.pages),
    String(m.failed),
    f3(m.f1),
    f3(m.precision),
    f3(m.recall),
    f2(m.title),
    f2(m.date),
    f2(m.mustContain),
    f2(m.mustNotContain),
    f2(m.related),
    m.msPerPage === null ? '—' : m.msPerPage.toFixed(2),
  ]);
  const numeric = new Set(Array.from({ length: header.length }, (_, i) => i).slice(showExtractor ? 2 : 1));
  const all = rows.find((r) => r.set === 'all')?.metrics;
  const legend = all
    ? `\nF1/P/R: mean over ${all.scored} pages with referenceText; title over ${all.titles} pages, date over ${all.dates} pages; ` +
      `must ${all.mustContainSnippets} / mustNot ${all.mustNotContainSnippets} snippets; related ${all.relatedTitles} titles. ` +
      `A failed page scores 0.` +
      (all.noDatePages > 0
        ? `\nPages expecting no date (publishedAt null, not in the date rate): ${all.noDatePages}; ` +
          rows.filter((r) => r.set === 'all').map((r) => `${r.extractor} dated (or failed) ${r.metrics.inventedDates}`).join(', ') + '.'
        : '')
    : '';
  return table([header, ...body], numeric) + legend;
}

const clip = (s: string, n = 90): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

/** One row per page and extractor. */
export function formatVerbose(results: readonly PageResult[]): string {
  const header = ['page', 'tool', 'F1', 'P', 'R', 'title', 'date', 'must', 'mustNot', 'related', 'ms', 'error'];
  const rows = results.map((r) => [
    r.id,
    r.extractor,
    f3(r.token?.f1 ?? null),
    f3(r.token?.precision ?? null),
    f3(r.token?.recall ?? null),
    ok(r.title),
    r.inventedDate === null ? ok(r.date) : r.inventedDate ? '✗∅' : '✓∅',
    r.mustContain.total ? `${r.mustContain.total - r.mustContain.missing.length}/${r.mustContain.total}` : '·',
    r.mustNotContain.total ? `${r.mustNotContain.total - r.mustNotContain.present.length}/${r.mustNotContain.total}` : '·',
    r.related.total ? `${r.related.total - r.related.missing.length}/${r.related.total}` : '·',
    r.ms.toFixed(1),
    r.error ? clip(r.error, 60) : '',
  ]);
  return table([header, ...rows], new Set([2, 3, 4, 7, 8, 9, 10]));
}

/** A page's failure badness: low F1 first, then the number of failed checks. */
function badness(r: PageResult): number {
  const failedChecks =
    (r.title === false ? 1 : 0) +
    (r.date === false || r.inventedDate === true ? 1 : 0) +
    r.mustContain.missing.length +
    r.mustNotContain.present.length +
    r.related.missing.length;
  return (r.token ? 1 - r.token.f1 : 0) * 100 + failedChecks + (r.error ? 1000 : 0);
}

/** The `n` worst pages of one extractor, with what went wrong on each. */
export function formatWorst(results: readonly PageResult[], n: number, extractor: ExtractorName = 'ours'): string {
  const mine = results.filter((r) => r.extractor === extractor);
  const other = new Map(results.filter((r) => r.extractor !== extractor).map((r) => [r.id, r]));
  const worst = [...mine].sort((a, b) => badness(b) - badness(a) || (a.id < b.id ? -1 : 1)).slice(0, n);
  const lines: string[] = [`Worst ${worst.length} pages (${extractor}), by F1 then failed checks:`];
  worst.forEach((r, i) => {
    const t = r.token;
    const cmp = other.get(r.id);
    lines.push(
      `${String(i + 1).padStart(3)}. ${r.id}  ` +
        (t ? `F1 ${f3(t.f1)}  P ${f3(t.precision)}  R ${f3(t.recall)}  (${t.predicted} tokens vs ${t.reference})` : 'no referenceText') +
        `  ${r.ms.toFixed(1)} ms` +
        (cmp?.token ? `  [${cmp.extractor} F1 ${f3(cmp.token.f1)}]` : ''),
    );
    if (r.error) lines.push(`       error: ${clip(r.error, 160)}`);
    const p = r.prediction;
    if (r.title === false) lines.push(`       title ✗ got ${JSON.stringify(clip(p?.title ?? '', 80))}  want ${JSON.stringify(clip(r.expectedTitle ?? '', 80))}`);
    if (r.date === false) lines.push(`       date  ✗ got ${p?.publishedAt ?? 'null'}  want ${r.expectedDate ?? 'null'}`);
    if (r.inventedDate === true && p) lines.push(`       date  ✗ got ${p.publishedAt ?? 'null'}  want null (the page has no date)`);
    if (p && r.missingTokens.length) lines.push(`       missing: ${r.missingTokens.join(' ')}`);
    if (p && r.extraTokens.length) lines.push(`       extra:   ${r.extraTokens.join(' ')}`);
    if (p) {
      for (const s of r.mustContain.missing.slice(0, 3)) lines.push(`       mustContain ✗ ${JSON.stringify(clip(s, 100))}`);
      for (const s of r.mustNotContain.present.slice(0, 3)) lines.push(`       mustNotContain ✗ ${JSON.stringify(clip(s, 100))}`);
      for (const s of r.related.missing.slice(0, 3)) lines.push(`       related ✗ ${JSON.stringify(clip(s, 100))}`);
      const more = r.mustContain.missing.length + r.mustNotContain.present.length + r.related.missing.length - 
        Math.min(3, r.mustContain.missing.length) - Math.min(3, r.mustNotContain.present.length) - Math.min(3, r.related.missing.length);
      if (more > 0) lines.push(`       … ${more} more failing snippet(s)`);
    }
  });
  return lines.join('\n');
}

/** What each extractor returned, page by page (for --dump). */
export function formatDump(results: readonly PageResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`───── ${r.id} (${r.extractor}, ${r.ms.toFixed(1)} ms)${r.token ? `  F1 ${f3(r.token.f1)}  P ${f3(r.token.precision)}  R ${f3(r.token.recall)}` : ''}`);
    if (r.error) out.push(`error: ${r.error}`);
    const p = r.prediction;
    if (!p) continue;
    out.push(`title:       ${p.title}${r.title === false ? `   ✗ want ${r.expectedTitle}` : ''}`);
    out.push(`publishedAt: ${p.publishedAt ?? 'null'}${r.date === false || r.inventedDate ? `   ✗ want ${r.expectedDate ?? 'null'}` : ''}`);
    if (p.relatedTitles.length) out.push(`related:     ${p.relatedTitles.map((t) => JSON.stringify(t)).join('\n             ')}`);
    out.push('text:', p.text, '');
  }
  return out.join('\n');
}
