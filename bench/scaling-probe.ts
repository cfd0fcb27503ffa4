/**
 * How well this machine runs two JavaScript threads at once, for two synthetic loads with
 * nothing shared between the threads (no I/O, no messages until the end):
 *
 * - `alu`: integer arithmetic, no allocation — scales with the number of real cores;
 * - `alloc`: short-lived objects with a working set of a few thousand, the memory pattern of
 *   building and walking a DOM — scales only when each core has its own cache and memory
 *   bandwidth to spare.
 *
 * The 2-thread/1-thread throughput ratio of `alloc` is a ceiling for `--jobs 2` of any
 * DOM-building parser on the machine; the CLI benchmark prints it next to its own ratio.
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

/** Best-of-`rounds` speed-up of 2 threads over 1 thread on the same total work, per load. */
export async function probeScaling(rounds = 3): Promise<Record<ProbeLoad, number>> {
  const out = {} as Record<ProbeLoad, number>;
  for (const load of Object.keys(LOADS) as ProbeLoad[]) {
    let one = Infinity;
    let two = Infinity;
    for (let r = 0; r < rounds; r++) {
      one = Math.min(one, await timeThreads(load, 1));
      two = Math.min(two, await timeThreads(load, 2));
    }
    out[load] = one / two;
  }
  return out;
}
