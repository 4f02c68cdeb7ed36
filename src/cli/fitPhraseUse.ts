import { readFile, writeFile } from 'node:fs/promises';
import { countPhraseUse, type PhraseUseCounts } from '../annotate/names/locales/en/phraseUse/count.js';
import { PHRASE_USE_MIN_SEEN, phraseUseTable } from '../annotate/names/locales/en/phraseUse/table.js';
import { runMain } from '../process/runMain.js';
import { filesUnder, paragraphsOf, sourceText } from './fitSources.js';

const USAGE = `usage: npm run fit:phrase-use -- [--newids NEWIDS.txt] [--out FILE] SOURCE...
Counts how the prose of the SOURCE files and folders (read recursively) uses each capitalised phrase: every use,
after a place preposition ("in", "at the"), as a speaker, an actor or a role's owner. Reuters-21578 files (.sgm; with
--newids only the stories of those NEWIDs, one a line), web pages (.html, .htm, .php) and text files (.txt). Writes
the table of the phrases seen at least ${PHRASE_USE_MIN_SEEN} times (src/annotate/names/locales/en/phraseUse/table.ts's
form) to --out, or prints it. docs/dependencies.md says what it was counted on.`;

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
  const counts = new Map<string, PhraseUseCounts>();
  let files = 0;
  for (const source of sources)
    for (const file of await filesUnder(source)) {
      const paragraphs = paragraphsOf(file, await sourceText(file), newIds);
      if (paragraphs.length) files++;
      countPhraseUse(paragraphs, counts);
    }
  const table = phraseUseTable(counts);
  if (out) await writeFile(out, table);
  else process.stdout.write(table);
  process.stderr.write(`${files} files read, ${counts.size} phrases counted\n`);
  return 0;
}

runMain(main);
