import { MAIN_HELP } from './help-text.js';
import { UsageError } from './usage-error.js';
import { readVersion } from './version.js';

/**
 * Commands load lazily: with worker threads, the main thread of `parse` never loads the
 * parser itself (the workers do), so start-up stays short.
 */
const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  parse: async (argv) => (await import('./commands/parse-command.js')).parseCommand(argv),
  date: async (argv) => (await import('./commands/date-command.js')).dateCommand(argv),
};

/**
 * Runs the command line (without `node` and the script path) and returns the exit code:
 * 0 success, 1 some input failed, 2 bad usage (after a one-line hint on stderr).
 */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) throw new UsageError('a command is needed: parse or date');
    if (command === '--help' || command === '-h' || command === 'help') {
      process.stdout.write(MAIN_HELP);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      process.stdout.write(`${readVersion()}\n`);
      return 0;
    }
    const run = COMMANDS[command];
    if (run === undefined) {
      throw new UsageError(command.startsWith('-') ? `unknown option ${command} (a command comes first: parse or date)` : `unknown command "${command}" (use parse or date)`);
    }
    return await run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      const helpFor = command !== undefined && command in COMMANDS ? `${command} --help` : '--help';
      const message = error.message.endsWith('.') ? error.message.slice(0, -1) : error.message;
      process.stderr.write(`ru-news-parser: ${message}. Run "ru-news-parser ${helpFor}" for usage.\n`);
      return 2;
    }
    throw error;
  }
}
