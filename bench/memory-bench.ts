// Memory benchmark of issue 5: peak RSS after parsing N pages in a row, in a fresh child
// process (so the other benchmarks' allocations do not count), sampled after a GC every
// 250 pages, and a verdict on growth.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { num, table } from './stats.js';

interface Sample {
  pages: number;
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
}

export interface MemoryReport {
  error?: string;
  pages?: number;
  requested?: number;
  distinctPages?: number;
  failed?: number;
  ms?: number;
  samples?: Sample[];
  peakRssMB?: number;
}

/** Runs the child and returns its report (never throws). */
export function runMemoryBench(dir: string, count: number, every = 250): MemoryReport {
  const child = fileURLToPath(new URL('./memory-child.ts', import.meta.url));
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', child, dir, String(count), String(every)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(out) as MemoryReport;
  } catch (error) {
    return { error: `memory child failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

/**
 * Growth verdict: the heap after GC at the end against the lowest of the first two samples
 * after the start (page 250/500). Noise allowance: 3 MB or 5 %, whichever is larger.
 */
export function memoryVerdict(samples: readonly Sample[]): { growthMB: number; allowanceMB: number; flat: boolean; perPageKB: number } {
  const measured = samples.filter((s) => s.pages > 0);
  if (measured.length < 2) return { growthMB: 0, allowanceMB: 0, flat: true, perPageKB: 0 };
  const base = Math.min(measured[0]!.heapUsedMB, measured[1]!.heapUsedMB);
  const basePages = measured[0]!.heapUsedMB <= measured[1]!.heapUsedMB ? measured[0]!.pages : measured[1]!.pages;
  const last = measured[measured.length - 1]!;
  const growthMB = last.heapUsedMB - base;
  const allowanceMB = Math.max(3, base * 0.05);
  return { growthMB, allowanceMB, flat: growthMB <= allowanceMB, perPageKB: ((growthMB * 1024) / Math.max(1, last.pages - basePages)) };
}

export function formatMemory(r: MemoryReport): string {
  if (r.error || !r.samples) return `memory: ${r.error ?? 'no samples'}`;
  const rows = [['pages', 'RSS MB', 'heap MB (after GC)', 'external MB']];
  for (const s of r.samples) rows.push([String(s.pages), num(s.rssMB, 1), num(s.heapUsedMB, 1), num(s.externalMB, 1)]);
  const v = memoryVerdict(r.samples);
  const enough = r.samples.filter((s) => s.pages > 0).length >= 2;
  const lines = [
    (r.requested !== undefined && r.pages !== r.requested ? `STOPPED after ${r.pages} of ${r.requested} pages (150 s budget). ` : '') +
    `${r.pages} parses in a row over ${r.distinctPages} distinct pages (${num((r.ms ?? 0) / (r.pages ?? 1), 2)} ms/page)` +
      (r.failed ? `; parseArticle threw on ${r.failed}${r.failed === r.pages ? ' — ALL, so this measures the error path only' : ''}` : ''),
    table(rows),
    `peak RSS: ${num(r.peakRssMB ?? NaN, 1)} MB`,
    !enough ? 'too few samples for a growth verdict (need two or more after the start)' :
    `heap growth from the first samples to the last: ${num(v.growthMB, 2)} MB (${num(v.perPageKB, 3)} KB/page; noise allowance ${num(v.allowanceMB, 1)} MB) → ` +
      (v.flat ? 'flat memory' : 'GROWS — possible leak'),
  ];
  return lines.join('\n');
}
