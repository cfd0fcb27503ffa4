/**
 * A mistake in how the command was called (unknown flag, bad value, missing argument).
 * The CLI prints its one-line message plus a hint and exits with code 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
