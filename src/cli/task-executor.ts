import type { Task, TaskResult } from './task.js';

/** Runs tasks somewhere (this thread, or a pool of workers) and gives back their results. */
export interface TaskExecutor {
  /** How many tasks it runs at the same time. */
  readonly concurrency: number;
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}
