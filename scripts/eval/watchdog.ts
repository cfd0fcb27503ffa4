// A watchdog thread for the eval: when one page has been parsing for more than `afterMs`,
// it names the page on stderr (written from the worker with fs.writeSync, because the main
// thread — stuck in the parser — cannot print). Helps find a runaway regex or loop.
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { state, names, afterMs } = workerData;
const view = new Int32Array(state);
let reported = -1;
for (;;) {
  Atomics.wait(view, 2, 0, 1000);
  if (Atomics.load(view, 2) === 1) break;
  const page = Atomics.load(view, 0);
  const startedSec = Atomics.load(view, 1);
  if (page < 0 || page === reported) continue;
  const elapsed = Date.now() / 1000 - startedSec;
  if (elapsed * 1000 > afterMs) {
    reported = page;
    writeSync(2, 'eval: still on ' + names[page] + ' after ' + Math.round(elapsed) + ' s (runaway regex or loop?)\\n');
  }
}
`;

export interface Watchdog {
  start(index: number): void;
  done(): void;
  stop(): void;
}

/** Starts the watchdog for pages named `names` (by index). Never keeps the process alive. */
export function startWatchdog(names: readonly string[], afterMs = 10_000): Watchdog {
  const state = new SharedArrayBuffer(12);
  const view = new Int32Array(state);
  view[0] = -1;
  let worker: Worker | null = null;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { state, names: [...names], afterMs } });
    worker.unref();
  } catch {
    worker = null;
  }
  return {
    start(index) {
      Atomics.store(view, 1, Math.floor(Date.now() / 1000));
      Atomics.store(view, 0, index);
    },
    done() {
      Atomics.store(view, 0, -1);
    },
    stop() {
      Atomics.store(view, 2, 1);
      Atomics.notify(view, 2);
      void worker?.terminate();
    },
  };
}
