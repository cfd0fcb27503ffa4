import { createWriteStream, type WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { UsageError } from '../usage-error.js';

/** Thrown out of a write when the reader went away (`ru-news-parser parse dir | head`). */
export class BrokenPipeError extends Error {
  constructor() {
    super('The output was closed by the reader.');
    this.name = 'BrokenPipeError';
  }
}

/** Where `parse` writes its output: stdout or `--output <file>`, with back-pressure. */
export interface OutputSink {
  /** Resolves at once, or when the stream has drained; rejects with {@link BrokenPipeError}. */
  write(chunk: string): Promise<void> | void;
  /** Flushes and closes a file; leaves stdout open. */
  close(): Promise<void>;
}

function sinkFor(stream: Writable, ownsStream: boolean): OutputSink {
  let broken: Error | null = null;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    broken = error.code === 'EPIPE' ? new BrokenPipeError() : error;
  });
  return {
    write(chunk) {
      if (broken !== null) throw broken;
      if (chunk === '' || stream.write(chunk)) return;
      return new Promise<void>((resolve, reject) => {
        const done = (): void => {
          stream.off('drain', done);
          stream.off('error', done);
          if (broken !== null) reject(broken);
          else resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
    },
    close() {
      if (!ownsStream) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
      });
    },
  };
}

/** The sink for stdout. */
export function stdoutSink(): OutputSink {
  return sinkFor(process.stdout, false);
}

/**
 * Opens `--output <path>` for writing (truncating it).
 * @throws {UsageError} when the file cannot be created.
 */
export async function openFileSink(path: string): Promise<OutputSink> {
  const stream: WriteStream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new UsageError(`cannot write --output ${path}: ${error.message}`)));
  });
  return sinkFor(stream, true);
}
