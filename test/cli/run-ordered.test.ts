import { describe, expect, it } from 'vitest';
import { runOrdered } from '../../src/cli/run-ordered.js';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('runOrdered', () => {
  it('emits in index order although jobs finish out of order, never above the concurrency', async () => {
    const emitted: number[] = [];
    let active = 0;
    let peak = 0;
    await runOrdered(
      40,
      4,
      1000,
      async (i) => {
        active++;
        peak = Math.max(peak, active);
        await sleep((i * 7919) % 13);
        active--;
        return i * 10;
      },
      (i, result) => {
        expect(result).toBe(i * 10);
        emitted.push(i);
      },
    );
    expect(emitted).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(peak).toBe(4);
  });

  it('streams: the first result is emitted before the last job has started', async () => {
    const events: string[] = [];
    await runOrdered(
      20,
      2,
      1000,
      async (i) => {
        events.push(`start ${i}`);
        await sleep(2);
        return i;
      },
      (i) => {
        events.push(`emit ${i}`);
      },
    );
    expect(events.indexOf('emit 0')).toBeLessThan(events.indexOf('start 19'));
  });

  it('holds back new work while a slow early job blocks the window', async () => {
    let started = 0;
    let startedWhileBlocked = 0;
    await runOrdered(
      50,
      3,
      5,
      async (i) => {
        started++;
        if (i === 0) {
          await sleep(60);
          startedWhileBlocked = started;
        }
        return i;
      },
      () => undefined,
    );
    // Job 0 blocks the output: only jobs 0..4 (the window) may start before it ends.
    expect(startedWhileBlocked).toBe(5);
  });

  it('waits for a slow emit (output back-pressure) and finishes with zero jobs too', async () => {
    const order: number[] = [];
    await runOrdered(5, 2, 10, async (i) => i, async (i) => {
      await sleep(3);
      order.push(i);
    });
    expect(order).toEqual([0, 1, 2, 3, 4]);
    await expect(runOrdered(0, 2, 10, async () => 0, () => undefined)).resolves.toBeUndefined();
  });
});
