import path from 'node:path';
import { corpusFolderProblem, describeFolderProblem, parseArticleFiles, readArticleFiles, type FolderProblem } from '../corpus/readArticles.js';
import { isNoArticlesAnswer } from '../answers/noArticles.js';
import { ANSWERS, findAnswer, runAnswer } from '../answers/registry.js';
import { fromEnvironment, loadSettings } from '../config/settings.js';
import { storyFolder } from './storyArg.js';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { shellWord } from '../render/terminal/common.js';
import { renderTerminal } from '../render/terminal/index.js';
import { answerOptionsFromArgs, answerUsage, commandSummary, commonFlags, everyCommandFlags, parseArgs, UsageError } from './args.js';
import { runMain } from '../process/runMain.js';

/** `npm run ask -- help`: every command, and the options all of them take, from the answers' declarations. */
function usage(): string {
  const width = Math.max(...ANSWERS.map((a) => a.name.length), 12);
  const common = commonFlags(ANSWERS);
  return [
    'usage: npm run ask -- <command> [options]',
    '',
    'commands:',
    ...ANSWERS.map((a) => `  ${a.name.padEnd(width)}  ${commandSummary(a, common)}`),
    `  ${'check-corpus'.padEnd(width)}  Validate a folder of articles (npm run check-corpus [-- DIR]); exits 1 on any problem.`,
    '',
    `options on every command: ${everyCommandFlags(common)}`,
    "a command's own options: npm run ask -- <command> --help (or: npm run ask -- help <command>)",
    'the articles: the folder EVENTDESK_CORPUS_DIR names, else data/articles; --corpus DIR asks another.',
    '',
    'adding and checking articles:',
    '  npm run ingest -- FILE|FOLDER|URL [--corpus DIR]   add articles (.txt, .md, .html files, or http(s) links)',
    '  npm run check-corpus [-- DIR]                      list every file that would not load, and why',
    '',
    'examples:',
    '  npm run ask -- search "how many people marched in Baghdad"',
    '  npm run ask -- sources --json',
    '  npm run ingest -- https://example.org/news/story.html',
  ].join('\n');
}

/** A corpus folder that cannot be read, as an error naming it as the person gave it, and what to do. */
function folderError(problem: FolderProblem, shown: string, given: 'flag' | 'word' | 'setting'): string {
  const what = describeFolderProblem(problem, shown);
  const fromEnv = given === 'setting' && Boolean(process.env.EVENTDESK_CORPUS_DIR?.trim());
  const source = fromEnv ? ' (from EVENTDESK_CORPUS_DIR)' : '';
  const where = given === 'flag' ? 'give --corpus' : fromEnv ? 'set EVENTDESK_CORPUS_DIR to' : 'name';
  const hint =
    problem.kind === 'not-a-folder'
      ? `${where} the folder that holds the articles`
      : problem.kind === 'missing'
        ? `check the path, or add a first article there with: npm run ingest -- FILE|URL${given === 'setting' ? '' : ` --corpus ${shellWord(shown)}`}`
        : 'check its permissions';
  return `error: ${what}${source}; ${hint}\n`;
}

async function checkCorpus(dir: string, shown: string, given: 'flag' | 'word' | 'setting', json: boolean): Promise<number> {
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const { sources, problems } = parseArticleFiles(files);
  const all = [...readProblems, ...problems].map(({ file, message }) => ({ file, message }));
  const folder = readProblems.find((p): p is FolderProblem => p.scope === 'folder');
  if (json) {
    process.stdout.write(`${JSON.stringify({ command: 'check-corpus', folder: dir, articles: sources.length, problems: all }, null, 2)}\n`);
  } else if (folder) {
    process.stderr.write(folderError(folder, shown, given));
  } else {
    process.stdout.write(`${sources.length} article${sources.length === 1 ? ' loads' : 's load'} from ${dir}\n`);
    for (const p of all) process.stdout.write(`problem: ${p.file}: ${p.message}\n`);
    if (!all.length) process.stdout.write('no problems\n');
    if (!files.length)
      process.stdout.write(`no articles yet: add some with npm run ingest -- FILE|URL${given === 'setting' ? '' : ` --corpus ${shellWord(shown)}`}\n`);
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
  // `<command> --help` and `help <command>`: that command's options; otherwise every command.
  const asked = args.command === 'help' ? args.positional[0] : args.help ? args.command : undefined;
  const askedSpec = asked === undefined ? undefined : findAnswer(asked);
  if (asked !== undefined && !askedSpec && asked !== 'check-corpus') {
    process.stderr.write(`error: unknown command "${asked}"\n\n${usage()}\n`);
    return 2;
  }
  if (askedSpec) {
    process.stdout.write(`${answerUsage(askedSpec)}\n`);
    return 0;
  }
  if (!args.command || args.help || args.command === 'help') {
    process.stdout.write(`${usage()}\n`);
    return args.command || args.help ? 0 : 2;
  }
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 1;
  const { story, server, ...answerOptions } = args.options;
  args.options = answerOptions;
  let dir = args.corpus ? path.resolve(args.corpus) : settings.corpusDir;
  let cacheDir = settings.cacheDir;
  if (server !== undefined && story === undefined) {
    process.stderr.write('error: --server names whose story --story is; give --story NAME with it\n');
    return 2;
  }
  if (story !== undefined) {
    if (args.corpus !== undefined) {
      process.stderr.write('error: give --story or --corpus, not both\n');
      return 2;
    }
    const found = await storyFolder(settings, story, server);
    if ('error' in found) {
      process.stderr.write(`error: ${found.error}\n`);
      return 1;
    }
    dir = found.dir;
    cacheDir = found.cacheDir;
  }
  if (args.command === 'check-corpus') {
    const given = args.positional[0] !== undefined ? 'word' : args.corpus !== undefined ? 'flag' : 'setting';
    return checkCorpus(args.positional[0] ? path.resolve(args.positional[0]) : dir, args.positional[0] ?? args.corpus ?? dir, given, args.json);
  }

  const spec = findAnswer(args.command);
  if (!spec) {
    process.stderr.write(`error: unknown command "${args.command}"\n\n${usage()}\n`);
    return 2;
  }
  // Flags and bare words as the answer declares its options; their values are checked by its schema below.
  const given = answerOptionsFromArgs(spec, args.options, args.positional);
  if (!given.ok) {
    process.stderr.write(`error: ${given.message}\n`);
    return 2;
  }
  const raw = given.raw;

  // No folder, or a file instead of one: an error naming the path as given, not an empty answer.
  const folder = await corpusFolderProblem(dir);
  if (folder) {
    process.stderr.write(folderError(folder, args.corpus ?? dir, args.corpus !== undefined ? 'flag' : 'setting'));
    return 1;
  }
  const { corpus } = await loadCorpus(dir, { cacheDir });
  const result = runAnswer(spec, corpus, raw);
  if (!result.ok) {
    process.stderr.write(`error: ${result.message.split('\n').join('\nerror: ')}\n`);
    return 2;
  }
  const answer = result.value;
  // With no article at all, the answer itself lists the files that would not load.
  if (!isNoArticlesAnswer(answer)) for (const p of corpus.problems) process.stderr.write(`warning: skipped ${p.file}: ${p.message}\n`);
  const context = { folder: args.corpus ?? dir, corpusFlag: args.corpus !== undefined, ...(story !== undefined ? { story: { name: story, server } } : {}) };
  process.stdout.write(args.json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderTerminal(answer, context)}\n`);
  return 0;
}

runMain(() => main(process.argv.slice(2)));
