import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './run-task.js';
import type { Task, TaskSettings } from './task.js';

/**
 * Worker-thread entry: receives tasks (a file path, or stdin bytes), reads and parses them
 * here, off the main thread, and posts back the formatted result.
 */
const settings = workerData as TaskSettings;
const port = parentPort;
if (port !== null) {
  port.on('message', (task: Task) => {
    port.postMessage(runTask(task, settings));
  });
}
