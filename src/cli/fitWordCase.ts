import { writeFile } from 'node:fs/promises';
import { countWordCase, type WordCaseCounts } from '../annotate/names/locales/en/wordCase/count.js';
import { WORD_CASE_MIN_SEEN, wordCaseTable } from '../annotate/names/locales/en/wordCase/table.js';
import { countSources, rawLines, runFit } from './fitSources.js';

const USAGE = `usage: npm run fit:word-case -- [--newids NEWIDS.txt] [--leave-out w1,w2] [--out FILE] [--raw FILE] SOURCE...
Counts how each word is written in the prose of the SOURCE files and folders (read recursively): capitalised
in mid-sentence, in lower case, capitalised at a sentence's start. Reuters-21578 files (.sgm; with --newids
only the stories of those NEWIDs, one a line), web pages (.html, .htm, .php) and text files (.txt). Writes the
table of the words seen at least ${WORD_CASE_MIN_SEEN} times (src/annotate/names/locales/en/wordCase/table.ts's
form) to --out, or prints it; --raw writes every word's counts; --leave-out drops the words listed (one the
repository's hooks refuse in a new file). docs/dependencies.md says what it was counted on.`;

runFit(USAGE, ['--raw', '--leave-out'], async (args) => {
  const counts = new Map<string, WordCaseCounts>();
  const files = await countSources(args, (paragraphs) => countWordCase(paragraphs, counts));
  const raw = args.options.get('--raw');
  if (raw)
    await writeFile(
      raw,
      rawLines(counts, (w, c) => `${w}\t${c.cap}\t${c.lower}\t${c.start}\t${c.afterIn}`),
    );
  for (const word of (args.options.get('--leave-out') ?? '').toLowerCase().split(',')) counts.delete(word);
  return { table: wordCaseTable(counts), note: `${files} files read, ${counts.size} word forms counted` };
});
