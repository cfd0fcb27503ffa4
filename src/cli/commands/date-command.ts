import { findRussianDates } from '../../date/find-russian-dates.js';
import { parseRussianDate } from '../../date/parse-russian-date.js';
import { isValidTimeZone, type DateOptions } from '../../options.js';
import { DATE_HELP } from '../help-text.js';
import { parseCommandLine } from '../parse-command-line.js';
import { readStdin } from '../read-stdin.js';
import { UsageError } from '../usage-error.js';

const OPTIONS = {
  all: { type: 'boolean', short: 'a' },
  reference: { type: 'string', short: 'r' },
  'time-zone': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * `ru-news-parser date "<text>"`: prints the ParsedDate as JSON (exit 0), or `null`
 * (exit 1) when the text is not a date; with `--all`, every DateMention in the text.
 */
export async function dateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv, OPTIONS);
  if (values.help === true) {
    process.stdout.write(DATE_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('date needs the text to read, for example: ru-news-parser date "4 декабря 2017 г., 23:16"');
  const options: DateOptions = {};
  if (typeof values.reference === 'string') {
    if (Number.isNaN(new Date(values.reference).getTime())) {
      throw new UsageError(`--reference must be an ISO 8601 date such as 2017-12-05T10:00:00+03:00, got "${values.reference}"`);
    }
    options.reference = values.reference;
  }
  const zone = values['time-zone'];
  if (typeof zone === 'string') {
    if (!isValidTimeZone(zone)) throw new UsageError(`--time-zone must be an IANA zone such as Europe/Moscow, got "${zone}"`);
    options.timeZone = zone;
  }
  const text = positionals.length === 1 && positionals[0] === '-' ? new TextDecoder().decode((await readStdin()).bytes) : positionals.join(' ');

  if (values.all === true) {
    const mentions = findRussianDates(text, options);
    process.stdout.write(`${JSON.stringify(mentions, null, 2)}\n`);
    return mentions.length > 0 ? 0 : 1;
  }
  const date = parseRussianDate(text.trim(), options);
  process.stdout.write(`${JSON.stringify(date, null, 2)}\n`);
  if (date === null) process.stderr.write(`No date found in ${JSON.stringify(text)}; try --all to search running text.\n`);
  return date === null ? 1 : 0;
}
