import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countInstitutionHeads, type InstitutionHeadCounts } from '../annotate/names/locales/en/institutionHeads/count.js';
import { institutionHeadTable } from '../annotate/names/locales/en/institutionHeads/table.js';
import { htmlParagraphs, sgmStories, textParagraphs } from '../annotate/names/locales/en/wordCase/sources.js';
import { runMain } from '../process/runMain.js';

const USAGE = `usage: npm run fit:institution-heads -- [--newids NEWIDS.txt] [--out FILE] SOURCE...
Counts which words head capitalised names in a body's cue in the prose of the SOURCE files and folders (read
recursively): Reuters-21578 files (.sgm; with --newids only the stories of those NEWIDs), web pages (.html, .htm,
.php) and text files (.txt), read as \`npm run fit:word-case\` reads them. Writes the table
(src/annotate/names/locales/en/institutionHeads/table.ts's form) to --out, or prints it.`;

async function filesUnder(source: string): Promise<string[]> {
  if (!(await stat(source)).isDirectory()) return [source];
  const entries = await readdir(source, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => filesUnder(path.join(source, e.name))));
  return nested.flat().sort();
}

function paragraphsOf(file: string, text: string, newIds: Set<string> | null): string[] {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.sgm')
    return sgmStories(text)
      .filter((s) => !newIds || newIds.has(s.newId))
      .flatMap((s) => s.paragraphs);
  if (ext === '.html' || ext === '.htm' || ext === '.php') return htmlParagraphs(text);
  if (ext === '.txt') return textParagraphs(text);
  return [];
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  let newIds: Set<string> | null = null;
  let out: string | null = null;
  const sources: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const [arg, value] = [args[i]!, args[i + 1]];
    if (arg === '--newids' && value) newIds = new Set((await readFile(args[++i]!, 'utf8')).split(/\s+/).filter(Boolean));
    else if (arg === '--out' && value) out = args[++i]!;
    else if (arg.startsWith('--')) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    } else sources.push(arg);
  }
  if (!sources.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const counts = new Map<string, InstitutionHeadCounts>();
  let files = 0;
  for (const source of sources)
    for (const file of await filesUnder(source)) {
      const text = await readFile(file, 'latin1').then((t) => (/[\u00c2\u00c3\u00e2][\u0080-\u00bf]/.test(t) ? Buffer.from(t, 'latin1').toString('utf8') : t));
      const paragraphs = paragraphsOf(file, text, newIds);
      if (paragraphs.length) files++;
      countInstitutionHeads(paragraphs, counts);
    }
  const table = institutionHeadTable(counts);
  if (out) await writeFile(out, table);
  else process.stdout.write(table);
  process.stderr.write(`${files} files read, ${counts.size} head words counted\n`);
  return 0;
}

runMain(main);
