import { Worker } from 'node:worker_threads';
import { formatFailure } from './output/format-result.js';
import type { Task, TaskResult, TaskSettings } from './task.js';
import type { TaskExecutor } from './task-executor.js';

/** Tasks sent ahead to each worker, so it never waits for the main thread between files. */
const PIPELINE_DEPTH = 2;
/** Restarts allowed after crashes before the pool gives up on a slot. */
const MAX_RESTARTS_PER_WORKER = 3;

interface Pending {
  task: Task;
  resolve: (result: TaskResult) => void;
}

interface Slot {
  worker: Worker | null;
  /** In the order sent: the first is the one the worker is working on. */
  inflight: Pending[];
  restarts: number;
}

/**
 * A fixed pool of worker threads running `runTask` (see worker.ts). Workers receive file paths and
 * read the files themselves; only paths go in and formatted text comes out.
 * A worker that dies fails the task it was on (`WORKER_CRASHED`), is restarted, and the
 * tasks queued behind it are sent again.
 */
export function createWorkerPool(size: number, settings: TaskSettings, workerUrl: URL): TaskExecutor {
  const slots: Slot[] = [];
  const waiting: Pending[] = [];

  const crashResult = (task: Task, message: string): TaskResult => {
    const error = { code: 'WORKER_CRASHED', message };
    return { seq: task.seq, ok: false, out: formatFailure(task.file, error, settings), error };
  };

  const spawn = (slot: Slot): void => {
    const worker = new Worker(workerUrl, { workerData: settings });
    slot.worker = worker;
    let crash: string | null = null;
    worker.on('message', (result: TaskResult) => {
      const index = slot.inflight.findIndex((p) => p.task.seq === result.seq);
      if (index === -1) return;
      const [pending] = slot.inflight.splice(index, 1);
      pending?.resolve(result);
      dispatch();
    });
    worker.on('error', (error) => {
      crash = error instanceof Error ? error.message : String(error);
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return; // terminated on purpose by close()
      slot.worker = null;
      const [current, ...queued] = slot.inflight;
      slot.inflight = [];
      if (current !== undefined) {
        current.resolve(crashResult(current.task, `The worker thread parsing this file died (${crash ?? `exit code ${code}`}).`));
      }
      waiting.unshift(...queued);
      if (slot.restarts < MAX_RESTARTS_PER_WORKER) {
        slot.restarts++;
        spawn(slot);
      }
      if (slots.every((s) => s.worker === null)) {
        for (const pending of waiting.splice(0)) pending.resolve(crashResult(pending.task, 'Every worker thread died.'));
      }
      dispatch();
    });
  };

  const dispatch = (): void => {
    while (waiting.length > 0) {
      let best: Slot | null = null;
      for (const slot of slots) {
        if (slot.worker === null || slot.inflight.length >= PIPELINE_DEPTH) continue;
        if (best === null || slot.inflight.length < best.inflight.length) best = slot;
      }
      if (best === null || best.worker === null) return;
      const pending = waiting.shift() as Pending;
      best.inflight.push(pending);
      best.worker.postMessage(pending.task);
    }
  };

  for (let i = 0; i < size; i++) {
    const slot: Slot = { worker: null, inflight: [], restarts: 0 };
    slots.push(slot);
    spawn(slot);
  }

  return {
    concurrency: size * PIPELINE_DEPTH,
    run(task: Task): Promise<TaskResult> {
      return new Promise((resolve) => {
        if (slots.every((s) => s.worker === null)) {
          resolve(crashResult(task, 'Every worker thread died.'));
          return;
        }
        waiting.push({ task, resolve });
        dispatch();
      });
    },
    async close(): Promise<void> {
      const workers = slots.map((s) => s.worker).filter((w): w is Worker => w !== null);
      for (const slot of slots) slot.worker = null;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
