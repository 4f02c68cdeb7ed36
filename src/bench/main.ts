import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { optionsOrExit } from '../cli/commandLine.js';
import { writeResult } from './entry.js';
import { PARAGRAPH_SENTENCES } from './longParagraph.js';
import { formatEditRounds, runEditRounds } from './editRounds.js';
import { formatReport } from './report.js';
import { runBench } from './run.js';

const USAGE = `usage: npm run bench -- [--sizes 10000,100000] [--queries 1000] [--seed N] [--cold-runs 5] [--e2e 500] [--e2e-in-flight 50] [--pins 50] [--feed-items 50] [--edits 20] [--paragraphs 500,1000,2000,4000|none] [--no-peers] [--keep]
       npm run bench -- --edits-only [--sizes 100000] [--edits 20] [--exact-rounds 1] [--seed N] [--keep]
Measures the bundled seeds and generated corpora of about each size (passages), one article added to
and removed from each, the ingest of one long paragraph of each number of sentences, and flexsearch and
orama beside the search on the largest; writes
bench-results/bench-<date>.json and bench-results/latest.{json,md}. With --edits-only, only the edit
rounds (the exact build timed after the first --exact-rounds additions, all by default), each update's
parts summed up; writes bench-results/edits-<date>.json.`;

function parse(argv: string[]) {
  const opts = {
    sizes: [10_000, 100_000],
    queries: 1000,
    seed: 20200124,
    coldRuns: 5,
    keep: false,
    e2eInteractions: 500,
    e2eInFlight: 50,
    pinChannels: 50,
    paragraphSentences: PARAGRAPH_SENTENCES,
    peers: true,
    edits: 20,
    feedItems: 50,
    editsOnly: false,
    exactRounds: undefined as number | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const number = (name: string, min: number) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be a whole number of at least ${min}`);
      i++;
      return n;
    };
    if (flag === '--sizes') {
      const sizes = (value ?? '').split(',').filter(Boolean).map(Number);
      if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 20)) throw new Error('--sizes must be passage counts of at least 20, comma-separated');
      opts.sizes = sizes;
      i++;
    } else if (flag === '--paragraphs') {
      const sizes = value === 'none' ? [] : (value ?? '').split(',').filter(Boolean).map(Number);
      if (value !== 'none' && (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1)))
        throw new Error('--paragraphs must be sentence counts, comma-separated, or none');
      opts.paragraphSentences = sizes;
      i++;
    } else if (flag === '--no-peers') opts.peers = false;
    else if (flag === '--queries') opts.queries = number('--queries', 10);
    else if (flag === '--seed') opts.seed = number('--seed', 0);
    else if (flag === '--cold-runs') opts.coldRuns = number('--cold-runs', 1);
    else if (flag === '--e2e') opts.e2eInteractions = number('--e2e', 0);
    else if (flag === '--e2e-in-flight') opts.e2eInFlight = number('--e2e-in-flight', 1);
    else if (flag === '--pins') opts.pinChannels = number('--pins', 0);
    else if (flag === '--edits') opts.edits = number('--edits', 0);
    else if (flag === '--feed-items') opts.feedItems = number('--feed-items', 0);
    else if (flag === '--keep') opts.keep = true;
    else if (flag === '--edits-only') opts.editsOnly = true;
    else if (flag === '--exact-rounds') opts.exactRounds = number('--exact-rounds', 0);
    else if (flag === '--help' || flag === '-h') return 'help';
    else throw new Error(`unknown option ${flag}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const parsed = optionsOrExit(parse, USAGE);
  if ('exit' in parsed) {
    process.exitCode = parsed.exit;
    return;
  }
  const opts = parsed.options;
  const workDir = path.join(tmpdir(), `eventdesk-bench-${process.pid}`);
  const started = Date.now();
  if (opts.editsOnly) {
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const edits = Math.max(opts.edits, 1);
    const rounds = await runEditRounds({ ...opts, edits, exactRounds: opts.exactRounds ?? edits, workDir, log });
    const file = writeResult('edits', rounds.date, JSON.stringify(rounds, null, 2));
    process.stdout.write(`${formatEditRounds(rounds)}\n\n(${Math.round((Date.now() - started) / 1000)} s; JSON in ${path.relative(process.cwd(), file)})\n`);
    process.exit(0);
  }
  const report = await runBench({ ...opts, workDir, log: (line) => process.stderr.write(`${line}\n`) });
  const json = JSON.stringify(report, null, 2);
  const outDir = path.dirname(writeResult('bench', report.date, json));
  writeFileSync(path.join(outDir, 'latest.json'), json);
  const table = formatReport(report);
  writeFileSync(path.join(outDir, 'latest.md'), `${table}\n`);
  process.stdout.write(`${table}\n\n(${Math.round((Date.now() - started) / 1000)} s; JSON in bench-results/latest.json)\n`);
  // The end-to-end run's client may leave sockets closing; the report is written, so stop here.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
