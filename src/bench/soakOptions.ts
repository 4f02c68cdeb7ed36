import path from 'node:path';

export const SOAK_USAGE = `usage: npm run soak -- [--minutes 20] [--rate 20] [--json] [--seed N] [--users 400] [--corpus DIR]
                       [--page-ttl 45] [--reload-every 30] [--drop-every 60] [--rate-limit-every 20] [--no-restart]
Runs the real bot under the Discord-compatible test server of tests/e2e for --minutes (fractions
allowed) at --rate interactions a second (mixed commands, autocompletes, page buttons), with corpus
reloads, gateway drops and resumes, 429s (per route and one global) and a restart halfway. Prints
what it measured (--json: the report as JSON) and writes bench-results/soak-<date>.json.
Exits 1 when a target is missed: an interaction without an initial response within 3 s, a deferred
answer never delivered, an unhandled rejection or uncaught exception, or (runs of 5 minutes or more)
heap growth of 10 % or more from the end of the first minute to the end. Page buttons live
--page-ttl seconds (the bot's default is 300): 45 makes the pager's working set steady within the
first minute, so the heap compared from there shows what grows without bound.`;

export interface SoakCliOptions {
  minutes: number;
  rate: number;
  json: boolean;
  seed: number;
  users: number;
  corpusDir?: string;
  reloadEverySec: number;
  dropEverySec: number;
  rateLimitEverySec: number;
  restart: boolean;
  pageTtlSec: number;
}

export function parseSoakArgs(argv: string[]): SoakCliOptions | 'help' {
  const opts: SoakCliOptions = {
    minutes: 20,
    rate: 20,
    json: false,
    seed: 20200124,
    users: 400,
    reloadEverySec: 30,
    dropEverySec: 60,
    rateLimitEverySec: 20,
    restart: true,
    pageTtlSec: 45,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const number = (min: number, whole = false) => {
      const n = Number(value);
      if (value === undefined || !Number.isFinite(n) || n < min || (whole && !Number.isInteger(n)))
        throw new Error(`${flag} must be a ${whole ? 'whole ' : ''}number of at least ${min}`);
      i++;
      return n;
    };
    if (flag === '--minutes') opts.minutes = number(0.05);
    else if (flag === '--rate') opts.rate = number(0.1);
    else if (flag === '--json') opts.json = true;
    else if (flag === '--seed') opts.seed = number(0, true);
    else if (flag === '--users') opts.users = number(1, true);
    else if (flag === '--reload-every') opts.reloadEverySec = number(1);
    else if (flag === '--drop-every') opts.dropEverySec = number(1);
    else if (flag === '--rate-limit-every') opts.rateLimitEverySec = number(1);
    else if (flag === '--page-ttl') opts.pageTtlSec = number(1, true);
    else if (flag === '--no-restart') opts.restart = false;
    else if (flag === '--corpus') {
      if (!value) throw new Error('--corpus needs a folder of articles');
      opts.corpusDir = path.resolve(value);
      i++;
    } else if (flag === '--help' || flag === '-h') return 'help';
    else throw new Error(`unknown option ${flag}`);
  }
  return opts;
}
