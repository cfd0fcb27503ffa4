import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TaskResult, TaskSettings } from '../../src/cli/task.js';
import { createWorkerPool } from '../../src/cli/worker-pool.js';

const dir = mkdtempSync(join(tmpdir(), 'ru-news-cli-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in worker speaking the pool's protocol: echoes the file name, dies on "crash". */
const ECHO_WORKER = `
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.file === 'crash') process.exit(7);
  if (task.file === 'throw') throw new Error('boom');
  parentPort.postMessage({ seq: task.seq, ok: true, out: task.file + '\\n', error: null });
});
`;

function workerFile(name: string, source: string): URL {
  const path = join(dir, name);
  writeFileSync(path, source);
  return pathToFileURL(path);
}

const settings: TaskSettings = { options: {}, format: 'jsonl', single: false, maxInputBytes: 1024 };

describe('createWorkerPool', () => {
  it('runs tasks on every worker and gives each result to its own task', async () => {
    const pool = createWorkerPool(2, settings, workerFile('echo.mjs', ECHO_WORKER));
    const files = Array.from({ length: 20 }, (_, i) => `page-${i}.html`);
    const results = await Promise.all(files.map((file, seq) => pool.run({ seq, file })));
    await pool.close();
    expect(results.map((r) => r.out)).toEqual(files.map((f) => `${f}\n`));
  });

  it('fails only the task a worker died on (WORKER_CRASHED), restarts it, and runs the rest', async () => {
    const pool = createWorkerPool(2, settings, workerFile('echo2.mjs', ECHO_WORKER));
    const files = ['a', 'crash', 'b', 'c', 'throw', 'd', 'e'];
    const results: TaskResult[] = await Promise.all(files.map((file, seq) => pool.run({ seq, file })));
    await pool.close();
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true, false, true, true]);
    expect(results[1]).toMatchObject({ error: { code: 'WORKER_CRASHED' } });
    expect(JSON.parse(results[1]?.out ?? '')).toMatchObject({ file: 'crash', error: { code: 'WORKER_CRASHED' } });
    expect(results[4]?.error?.message).toContain('boom');
    expect(results.filter((r) => r.ok).map((r) => r.out.trim())).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('does not hang when workers cannot even start: every task fails', async () => {
    const pool = createWorkerPool(2, settings, workerFile('broken.mjs', 'import "./no-such-module.mjs";'));
    const results = await Promise.all(['x', 'y', 'z'].map((file, seq) => pool.run({ seq, file })));
    await pool.close();
    expect(results.every((r) => !r.ok && r.error?.code === 'WORKER_CRASHED')).toBe(true);
  });
});
