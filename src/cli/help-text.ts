/** The text of `--help`, per command. Kept apart from the logic so it reads as a manual. */

export const MAIN_HELP = `ru-news-parser — turn Russian news pages and aggregator text dumps into JSON

Usage:
  ru-news-parser parse <file|dir|glob|->... [options]
  ru-news-parser date "<text>" [--reference <date>] [--time-zone <zone>] [--all]

Commands:
  parse    Parse HTML or plain-text news files into Article records
  date     Read a Russian date ("4 декабря 2017 г., 23:16", "вчера") into ISO 8601

Run "ru-news-parser <command> --help" for the options of a command.

Global options:
  -h, --help       Show help
  -v, --version    Print the version

Exit codes: 0 all inputs parsed, 1 some inputs failed, 2 bad usage.
`;

export const PARSE_HELP = `Usage: ru-news-parser parse <file|dir|glob|->... [options]

Parses HTML pages and aggregator plain-text dumps into Article records.
  file    any file; gzip data (.gz, or gzip bytes under any name) is gunzipped first
  dir     walked recursively for .html, .htm, .txt and .gz files (sorted by name)
  glob    "news/**/*.html", "dump-?.txt", "page-[0-9].htm", "{a,b}/*.htm" (quote it: the tool expands it)
  -       standard input

Output (stdout, or --output):
  one file or "-"              a pretty-printed JSON Article
  several inputs, a dir, glob  JSON Lines: one {"file", ...Article} per line, in input order
  a failed input               {"file", "error": {"code", "message"}}; the batch goes on

Options:
  -f, --format <fmt>        json | jsonl | text | markdown (default: json for one input, jsonl for many)
  -o, --output <file>       Write the output to <file> instead of stdout
  -j, --jobs <n>            Parse on <n> worker threads (default: the number of cores,
                            fewer for small batches: at least 200 files per thread)
      --url <url>           Page URL: absolutizes links, picks site rules (best for one input)
      --reference-date <d>  "Now" for relative dates and missing years (ISO 8601)
      --time-zone <zone>    IANA zone for naive local times (default: Europe/Moscow)
      --encoding <charset>  Force the charset of the input bytes (windows-1251, koi8-r, utf-8)
      --site-rules <file>   JSON file with one site rule or an array of them (see docs/cli.md)
  -q, --quiet               No progress bar and no summary on stderr
  -h, --help                Show this help

Exit codes: 0 every input parsed, 1 some inputs failed, 2 bad usage.
`;

export const DATE_HELP = `Usage: ru-news-parser date "<text>" [options]

Reads a Russian date into ISO 8601 and prints it as JSON ("-" reads the text from stdin).

Options:
  -a, --all                 Find every date mentioned in the text, not one whole-string date
  -r, --reference <date>    "Now" for relative dates and missing years (ISO 8601)
      --time-zone <zone>    IANA zone for naive local times (default: Europe/Moscow)
  -h, --help                Show this help

Exit codes: 0 a date was found, 1 none was found, 2 bad usage.
`;
