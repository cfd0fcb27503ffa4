// Child process of the memory benchmark (run with --expose-gc so samples are taken after a
// full GC): parses `count` pages in a row, cycling the folder, and prints a JSON report.
import { loadParseArticle } from '../scripts/eval/ours.js';
import { loadPages } from './load-pages.js';

interface Sample {
  pages: number;
  rssMB: number;
  heapUsedMB: number;
  externalMB: number;
}

async function main(): Promise<void> {
  const [dir, countArg, everyArg] = process.argv.slice(2);
  const count = Number(countArg ?? 2000);
  const every = Number(everyArg ?? 250);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const loaded = await loadParseArticle();
  if ('error' in loaded) {
    process.stdout.write(JSON.stringify({ error: loaded.error }));
    return;
  }
  const pages = loadPages(dir ?? '.', false);
  if (pages.length === 0) {
    process.stdout.write(JSON.stringify({ error: `no pages in ${dir}` }));
    return;
  }
  const MB = 1024 * 1024;
  const sample = (n: number): Sample => {
    gc();
    const m = process.memoryUsage();
    return { pages: n, rssMB: m.rss / MB, heapUsedMB: m.heapUsed / MB, externalMB: m.external / MB };
  };
  // Touch every page once so one-time caches (regexes, site rules) are in the baseline.
  let failed = 0;
  for (const p of pages) {
    try {
      loaded.parse(p.bytes, p.options);
    } catch {
      /* counted below */
    }
  }
  const samples: Sample[] = [sample(0)];
  let sink = 0;
  const t0 = performance.now();
  let done = count;
  for (let i = 1; i <= count; i++) {
    if (i % every === 1 && performance.now() - t0 > 150_000) {
      done = i - 1;
      break;
    }
    const p = pages[(i - 1) % pages.length]!;
    try {
      const a = loaded.parse(p.bytes, p.options) as { text?: unknown };
      if (typeof a?.text === 'string') sink += a.text.length;
    } catch {
      failed++;
    }
    if (i % every === 0) samples.push(sample(i));
  }
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({ pages: done, requested: count, distinctPages: pages.length, failed, ms, samples, peakRssMB: process.resourceUsage().maxRSS / 1024, sink }),
  );
}

main().catch((error: unknown) => {
  process.stdout.write(JSON.stringify({ error: String(error) }));
});
