import { countPhraseUse, type PhraseUseCounts } from '../annotate/names/locales/en/phraseUse/count.js';
import { PHRASE_USE_MIN_SEEN, phraseUseTable } from '../annotate/names/locales/en/phraseUse/table.js';
import { countSources, runFit } from './fitSources.js';

const USAGE = `usage: npm run fit:phrase-use -- [--newids NEWIDS.txt] [--out FILE] SOURCE...
Counts how the prose of the SOURCE files and folders (read recursively) uses each capitalised phrase: every use,
after a place preposition ("in", "at the"), as a speaker, an actor or a role's owner. Reuters-21578 files (.sgm; with
--newids only the stories of those NEWIDs, one a line), web pages (.html, .htm, .php) and text files (.txt). Writes
the table of the phrases seen at least ${PHRASE_USE_MIN_SEEN} times (src/annotate/names/locales/en/phraseUse/table.ts's
form) to --out, or prints it. docs/dependencies.md says what it was counted on.`;

runFit(USAGE, [], async (args) => {
  const counts = new Map<string, PhraseUseCounts>();
  const files = await countSources(args, (paragraphs) => countPhraseUse(paragraphs, counts));
  return { table: phraseUseTable(counts), note: `${files} files read, ${counts.size} phrases counted` };
});
