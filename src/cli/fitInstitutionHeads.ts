import { countInstitutionHeads, type InstitutionHeadCounts } from '../annotate/names/locales/en/institutionHeads/count.js';
import { institutionHeadTable } from '../annotate/names/locales/en/institutionHeads/table.js';
import { countSources, runFit } from './fitSources.js';

const USAGE = `usage: npm run fit:institution-heads -- [--newids NEWIDS.txt] [--out FILE] SOURCE...
Counts which words head capitalised names in a body's cue in the prose of the SOURCE files and folders (read
recursively): Reuters-21578 files (.sgm; with --newids only the stories of those NEWIDs), web pages (.html, .htm,
.php) and text files (.txt), read as \`npm run fit:word-case\` reads them. Writes the table
(src/annotate/names/locales/en/institutionHeads/table.ts's form) to --out, or prints it.`;

runFit(USAGE, [], async (args) => {
  const counts = new Map<string, InstitutionHeadCounts>();
  const files = await countSources(args, (paragraphs) => countInstitutionHeads(paragraphs, counts));
  return { table: institutionHeadTable(counts), note: `${files} files read, ${counts.size} head words counted` };
});
