import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlParagraphs, sgmStories, textParagraphs } from '../annotate/names/locales/en/wordCase/sources.js';
import { runMain } from '../process/runMain.js';

/** What every `fit:*` script is given: the stories to read, where to write, its own value options. */
export interface FitArgs {
  /** With `--newids`, only the Reuters-21578 stories of those NEWIDs are read. */
  newIds: Set<string> | null;
  out: string | null;
  sources: string[];
  /** The script's own options that take a value (`--raw FILE`), by name. */
  options: Map<string, string>;
}

/** The files under a source (a file itself, or a folder read recursively), sorted. */
export async function filesUnder(source: string): Promise<string[]> {
  if (!(await stat(source)).isDirectory()) return [source];
  const entries = await readdir(source, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => filesUnder(path.join(source, e.name))));
  return nested.flat().sort();
}

/** A file's text: Latin-1, read again as UTF-8 when its bytes show UTF-8 read as Latin-1. */
export async function sourceText(file: string): Promise<string> {
  const text = await readFile(file, 'latin1');
  return /[\u00c2\u00c3\u00e2][\u0080-\u00bf]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

/** The paragraphs of one file by its kind (Reuters-21578 .sgm, a web page, a text file), or none for a kind not read. */
export function paragraphsOf(file: string, text: string, newIds: ReadonlySet<string> | null): string[] {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.sgm')
    return sgmStories(text)
      .filter((s) => !newIds || newIds.has(s.newId))
      .flatMap((s) => s.paragraphs);
  if (ext === '.html' || ext === '.htm' || ext === '.php') return htmlParagraphs(text);
  if (ext === '.txt') return textParagraphs(text);
  return [];
}

/** The arguments of a `fit:*` script, or null when they are not its usage (an unknown option, no source). */
export async function fitArgs(args: readonly string[], valueOptions: readonly string[]): Promise<FitArgs | null> {
  const parsed: FitArgs = { newIds: null, out: null, sources: [], options: new Map() };
  for (let i = 0; i < args.length; i++) {
    const [arg, value] = [args[i]!, args[i + 1]];
    if (arg === '--newids' && value) parsed.newIds = new Set((await readFile(args[++i]!, 'utf8')).split(/\s+/).filter(Boolean));
    else if (arg === '--out' && value) parsed.out = args[++i]!;
    else if (valueOptions.includes(arg) && value) parsed.options.set(arg, args[++i]!);
    else if (arg.startsWith('--')) return null;
    else parsed.sources.push(arg);
  }
  return parsed.sources.length ? parsed : null;
}

/** Reads every source's files, handing each file's prose paragraphs to `count`; the number of files that gave any. */
export async function countSources(args: FitArgs, count: (paragraphs: string[]) => void): Promise<number> {
  let files = 0;
  for (const source of args.sources)
    for (const file of await filesUnder(source)) {
      const paragraphs = paragraphsOf(file, await sourceText(file), args.newIds);
      if (paragraphs.length) files++;
      count(paragraphs);
    }
  return files;
}

/** Rows sorted by their key (code-unit order, as the shipped tables are), one a line. */
export const rawLines = <C>(counts: Map<string, C>, row: (key: string, c: C) => string | null): string =>
  `${[...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, c]) => row(k, c))
    .filter((line): line is string => line !== null)
    .join('\n')}\n`;

/**
 * Runs a `fit:*` script: its usage on wrong arguments (exit 2); else `fit` counts and returns the table, written to
 * `--out` or printed, and a note of what was read, on stderr.
 */
export function runFit(usage: string, valueOptions: readonly string[], fit: (args: FitArgs) => Promise<{ table: string; note: string }>): void {
  runMain(async () => {
    const args = await fitArgs(process.argv.slice(2), valueOptions);
    if (!args) {
      process.stderr.write(`${usage}\n`);
      return 2;
    }
    const { table, note } = await fit(args);
    if (args.out) await writeFile(args.out, table);
    else process.stdout.write(table);
    process.stderr.write(`${note}\n`);
    return 0;
  });
}
