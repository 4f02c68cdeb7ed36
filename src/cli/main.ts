import path from 'node:path';
import { parseArticleFiles, readArticleFiles } from '../corpus/readArticles.js';
import { ANSWERS, findAnswer, runAnswer } from '../answers/registry.js';
import { fromEnvironment, loadSettings } from '../config/settings.js';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { renderTerminal } from '../render/terminal/index.js';
import { parseArgs, UsageError } from './args.js';
import { runMain } from '../process/runMain.js';

function usage(): string {
  const width = Math.max(...ANSWERS.map((a) => a.name.length), 12);
  return [
    'usage: npm run ask -- <command> [options]',
    '',
    'commands:',
    ...ANSWERS.map((a) => `  ${a.name.padEnd(width)}  ${a.description}`),
    `  ${'check-corpus'.padEnd(width)}  Validate a folder of articles; exits 1 on any problem.`,
    '',
    'options on every command: --json, --corpus DIR, --limit N',
    'examples:',
    '  npm run ask -- search "how many people marched in Baghdad"',
    '  npm run ask -- sources --json',
  ].join('\n');
}

async function checkCorpus(dir: string, json: boolean): Promise<number> {
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const { sources, problems } = parseArticleFiles(files);
  const all = [...readProblems, ...problems];
  if (json) {
    process.stdout.write(`${JSON.stringify({ command: 'check-corpus', folder: dir, articles: sources.length, problems: all }, null, 2)}\n`);
  } else {
    process.stdout.write(`${sources.length} article(s) load from ${dir}\n`);
    for (const p of all) process.stdout.write(`problem: ${p.file}: ${p.message}\n`);
    if (!all.length) process.stdout.write('no problems\n');
  }
  return all.length ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`error: ${err.message}\n\n${usage()}\n`);
      return 2;
    }
    throw err;
  }
  if (!args.command || args.help || args.command === 'help') {
    process.stdout.write(`${usage()}\n`);
    return args.command || args.help ? 0 : 2;
  }
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 1;
  const dir = args.corpus ? path.resolve(args.corpus) : settings.corpusDir;
  if (args.command === 'check-corpus') return checkCorpus(args.positional[0] ? path.resolve(args.positional[0]) : dir, args.json);

  const spec = findAnswer(args.command);
  if (!spec) {
    process.stderr.write(`error: unknown command "${args.command}"\n\n${usage()}\n`);
    return 2;
  }
  const raw: Record<string, unknown> = { ...args.options };
  if (args.positional.length) {
    if (!spec.positional) {
      process.stderr.write(`error: ${spec.name} takes no words, only options (got "${args.positional.join(' ')}")\n`);
      return 2;
    }
    raw[spec.positional] = args.positional.join(' ');
  }

  const { corpus } = await loadCorpus(dir, { cacheDir: settings.cacheDir });
  for (const p of corpus.problems) process.stderr.write(`warning: skipped ${p.file}: ${p.message}\n`);
  const result = runAnswer(spec, corpus, raw);
  if (!result.ok) {
    process.stderr.write(`error: ${result.message.split('\n').join('\nerror: ')}\n`);
    return 2;
  }
  process.stdout.write(args.json ? `${JSON.stringify(result.value, null, 2)}\n` : `${renderTerminal(result.value)}\n`);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
