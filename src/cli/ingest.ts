import path from 'node:path';
import { corpusFolderProblem, describeFolderProblem } from '../corpus/readArticles.js';
import { expandInputs } from '../ingest/inputs.js';
import { ingest } from '../ingest/ingest.js';
import { fromEnvironment, loadSettings } from '../config/settings.js';
import { storyFolder } from './storyArg.js';
import { outcomeLine } from './outcomeLine.js';
import { commandLine, HELP } from './commandLine.js';
import { runMain } from '../process/runMain.js';

const USAGE = [
  'usage: npm run ingest -- <file|folder|url>... [--story NAME [--server ID] | --corpus DIR] [--json]',
  '',
  'Adds articles (.txt, .md with or without front matter, .html, http(s) links) to the corpus',
  'folder (EVENTDESK_CORPUS_DIR, else data/articles) and rebuilds the index snapshot. Duplicates are refused.',
  'Exit code: 0 when everything was added, 1 when something was refused, 2 on bad usage.',
].join('\n');

const OPTIONS = { corpus: { type: 'string' }, story: { type: 'string' }, server: { type: 'string' }, json: { type: 'boolean' }, ...HELP } as const;

export async function main(argv: string[]): Promise<number> {
  const parsed = commandLine(argv, OPTIONS, USAGE);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (!positionals.length) {
    process.stderr.write(`error: name at least one file, folder or link\n\n${USAGE}\n`);
    return 2;
  }
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 1;
  let corpusDir = values.corpus ? path.resolve(values.corpus) : settings.corpusDir;
  let cacheDir = settings.cacheDir;
  if (values.server !== undefined && values.story === undefined) {
    process.stderr.write('error: --server names whose story --story is; give --story NAME with it\n');
    return 2;
  }
  if (values.story !== undefined) {
    if (values.corpus !== undefined) {
      process.stderr.write('error: give --story or --corpus, not both\n');
      return 2;
    }
    const found = await storyFolder(settings, values.story, values.server);
    if ('error' in found) {
      process.stderr.write(`error: ${found.error}\n`);
      return 1;
    }
    corpusDir = found.dir;
    cacheDir = found.cacheDir;
  }
  // A missing folder is made; a file in its place, or a folder that cannot be read, is an error naming the path as given.
  const folder = await corpusFolderProblem(corpusDir);
  if (folder && folder.kind !== 'missing') {
    const fix =
      folder.kind === 'unreadable'
        ? 'check its permissions'
        : `${values.corpus ? 'give --corpus' : 'set EVENTDESK_CORPUS_DIR to'} the folder that holds the articles`;
    process.stderr.write(`error: ${describeFolderProblem(folder, values.corpus ?? corpusDir)}; ${fix}\n`);
    return 1;
  }
  const { sources, notes } = await expandInputs(positionals);
  for (const note of notes) process.stderr.write(`note: ${note}\n`);
  const json = values.json ?? false;
  const report = await ingest(sources, corpusDir, {
    cacheDir,
    onOutcome: json ? undefined : (o) => process.stdout.write(`${outcomeLine(o)}\n`),
  });
  const added = report.outcomes.filter((o) => o.status === 'added').length;
  const refused = report.outcomes.length - added;
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ command: 'ingest', corpus: corpusDir, outcomes: report.outcomes, articles: report.after.articles.length }, null, 2)}\n`,
    );
  } else {
    const rebuilt = added ? '; index snapshot rebuilt' : '';
    const total = report.after.articles.length;
    process.stdout.write(`${added} added, ${refused} not added; the corpus now has ${total} article${total === 1 ? '' : 's'}${rebuilt}\n`);
  }
  return refused || notes.length ? 1 : 0;
}

runMain(() => main(process.argv.slice(2)));
