/**
 * How well this machine runs two JavaScript threads at once, for two synthetic loads with
 * nothing shared between the threads (no I/O, no messages until the end):
 *
 * - `alu`: integer arithmetic, no allocation — scales with the number of real cores;
 * - `alloc`: short-lived objects with a working set of a few thousand, the memory pattern of
 *   building and walking a DOM — scales only when each core has its own cache and memory
 *   bandwidth to spare.
 *
 * - `dom` (when pages are given): htmlparser2's `parseDocument` over the pages;
 * - `parseArticle` (when pages and the built library are given): our whole pipeline.
 *
 * The last two run after two untimed warm-up passes, the threads started together on a
 * shared flag: they show how far two warm threads scale, without the per-thread JIT
 * warm-up and the CLI's reading and writing that a `--jobs` run also pays.
 */
import { Worker } from 'node:worker_threads';

const LOADS = {
  alu: (share: number) => `let x = 0; for (let i = 0; i < ${Math.round(3e8 * share)}; i++) x += i % 7; postMessage(x);`,
  alloc: (share: number) =>
    `let keep = []; for (let i = 0; i < ${Math.round(6e6 * share)}; i++) { keep.push({ a: i, b: 'x' + (i % 100), c: [i] }); if (keep.length > 20000) keep = []; } postMessage(keep.length);`,
} as const;

export type ProbeLoad = keyof typeof LOADS;

function timeThreads(load: ProbeLoad, threads: number): Promise<number> {
  const body = `const { parentPort } = require('node:worker_threads'); const postMessage = (v) => parentPort.postMessage(v); ${LOADS[load](1 / threads)}`;
  const started = performance.now();
  const runs = Array.from(
    { length: threads },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(body, { eval: true });
        worker.once('message', () => void worker.terminate().then(() => resolve()));
        worker.once('error', reject);
      }),
  );
  return Promise.all(runs).then(() => performance.now() - started);
}

/** Each thread: two untimed passes over its pages, then waits for the flag, then times `passes` passes. */
const WARM_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { pages, passes, flag, library } = workerData;
const gate = new Int32Array(flag);
(async () => {
  let run;
  if (library === null) {
    const { parseDocument } = require('htmlparser2');
    const decoder = new TextDecoder();
    run = (bytes) => parseDocument(decoder.decode(bytes));
  } else {
    const { safeParseArticle } = await import(library);
    run = (bytes) => safeParseArticle(bytes, { referenceDate: '2024-01-01T00:00:00Z' });
  }
  for (let p = 0; p < 2; p++) for (const bytes of pages) run(bytes);
  Atomics.add(gate, 1, 1);
  Atomics.wait(gate, 0, 0);
  const started = performance.now();
  for (let p = 0; p < passes; p++) for (const bytes of pages) run(bytes);
  parentPort.postMessage(performance.now() - started);
})();
`;

/** Wall time of `threads` warm threads each parsing its share of `pages` (`passes` times), started together. */
async function timeWarm(pages: readonly Uint8Array[], library: string | null, threads: number, passes: number): Promise<number> {
  const flag = new SharedArrayBuffer(8);
  const gate = new Int32Array(flag);
  const shares = Array.from({ length: threads }, (_, t) => pages.filter((_, i) => i % threads === t));
  const done = shares.map(
    (share) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(WARM_WORKER, { eval: true, workerData: { pages: share, passes, flag, library } });
        worker.once('message', (ms: number) => void worker.terminate().then(() => resolve(ms)));
        worker.once('error', reject);
      }),
  );
  while (Atomics.load(gate, 1) < threads) await new Promise((r) => setTimeout(r, 5));
  Atomics.store(gate, 0, 1);
  Atomics.notify(gate, 0);
  return Math.max(...(await Promise.all(done)));
}

/**
 * Best-of-`rounds` speed-up of 2 threads over 1 thread on the same total work, per load
 * (`dom` when `pages` are given, `parseArticle` when `library`, a URL of the built entry, is too).
 */
export async function probeScaling(
  rounds = 3,
  pages: readonly Uint8Array[] = [],
  library: string | null = null,
): Promise<Partial<Record<ProbeLoad | 'dom' | 'parseArticle', number>>> {
  const out: Partial<Record<ProbeLoad | 'dom' | 'parseArticle', number>> = {};
  const best = async (time: (threads: number) => Promise<number>): Promise<number> => {
    let one = Infinity;
    let two = Infinity;
    for (let r = 0; r < rounds; r++) {
      one = Math.min(one, await time(1));
      two = Math.min(two, await time(2));
    }
    return one / two;
  };
  for (const load of Object.keys(LOADS) as ProbeLoad[]) out[load] = await best((threads) => timeThreads(load, threads));
  if (pages.length > 1) {
    out.dom = await best((threads) => timeWarm(pages, null, threads, 2));
    if (library !== null) out.parseArticle = await best((threads) => timeWarm(pages, library, threads, 2));
  }
  return out;
}
