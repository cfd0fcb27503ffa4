/**
 * Runs `count` jobs with at most `concurrency` in flight and hands their results to `emit`
 * strictly in index order, as soon as the next-in-order one is ready. At most `window`
 * results wait for a slow earlier one, so memory stays bounded on huge batches; `emit` may
 * return a promise (for output back-pressure) and is never called concurrently.
 */
export function runOrdered<R>(
  count: number,
  concurrency: number,
  window: number,
  exec: (index: number) => Promise<R>,
  emit: (index: number, result: R) => void | Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = new Map<number, R>();
    let nextToStart = 0;
    let nextToEmit = 0;
    let active = 0;
    let emitting = false;
    let failed = false;

    const pump = (): void => {
      if (failed) return;
      while (active < concurrency && nextToStart < count && nextToStart < nextToEmit + window) {
        const index = nextToStart++;
        active++;
        exec(index).then(
          (result) => {
            active--;
            ready.set(index, result);
            void flush();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
      if (nextToEmit === count) resolve();
    };

    const flush = async (): Promise<void> => {
      if (emitting || failed) return;
      emitting = true;
      try {
        while (ready.has(nextToEmit)) {
          const result = ready.get(nextToEmit) as R;
          ready.delete(nextToEmit);
          await emit(nextToEmit, result);
          nextToEmit++;
        }
      } catch (error) {
        failed = true;
        reject(error);
        return;
      } finally {
        emitting = false;
      }
      pump();
    };

    pump();
  });
}
