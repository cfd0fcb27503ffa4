import { runTask } from './run-task.js';
import type { Task, TaskResult, TaskSettings } from './task.js';
import type { TaskExecutor } from './task-executor.js';

/**
 * Runs tasks on the main thread (`--jobs 1`, or a single input): no worker start-up cost.
 * Each task runs in its own macrotask so that output writes and the progress bar keep up.
 */
export function createInlineExecutor(settings: TaskSettings): TaskExecutor {
  return {
    concurrency: 1,
    run(task: Task): Promise<TaskResult> {
      return new Promise((resolve) => setImmediate(() => resolve(runTask(task, settings))));
    },
    async close(): Promise<void> {},
  };
}
