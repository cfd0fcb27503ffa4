// Command-line arguments of `npm run eval`.

export interface EvalArgs {
  dirs: string[];
  compare: boolean;
  json: boolean;
  verbose: boolean;
  dump: boolean;
  worst: number;
  save: string | null;
  diff: string | null;
  cases: string[];
  help: boolean;
}

export const EVAL_USAGE = `Usage: npm run eval -- [options] <dir>...

  <dir>            a set folder (of case folders), a case folder, or a shell glob such as
                   ../shared/corpus/* (files in the list are ignored). Default: ../shared/corpus/*
  --compare        also run Readability.js 0.6 on linkedom over the same pages, interleaved
  --worst N        list the N worst pages (by F1, then failed checks) with missing/extra tokens
  --case TEXT      only cases whose "<set>/<case>" id contains TEXT (repeatable)
  --verbose, -v    one row per page
  --dump           print what parseArticle returned for each page (title, date, related, text);
                   best with --case
  --save FILE      write this run's figures (summary and per page) to FILE
  --diff FILE      compare with a run saved by --save: changes per figure, pages that got worse
  --json           print the results as JSON instead of tables
  --help, -h       this text`;

/** Parses argv (without node and the script); throws an Error with a message on bad usage. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const out: EvalArgs = { dirs: [], compare: false, json: false, verbose: false, dump: false, worst: 0, save: null, diff: null, cases: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--compare':
        out.compare = true;
        break;
      case '--json':
        out.json = true;
        break;
      case '--verbose':
      case '-v':
        out.verbose = true;
        break;
      case '--dump':
        out.dump = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--worst': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 0) throw new Error('--worst needs a whole number');
        out.worst = n;
        break;
      }
      case '--save':
        out.save = value();
        break;
      case '--diff':
        out.diff = value();
        break;
      case '--case':
        out.cases.push(value());
        break;
      default:
        if (flag.startsWith('-')) throw new Error(`unknown option ${flag}`);
        out.dirs.push(arg);
    }
  }
  return out;
}
