import { writeFile } from 'node:fs/promises';
import { countRoleHeadsIn, type RoleHeadCounts } from '../annotate/names/locales/en/roleHeads/count.js';
import { roleHeadTable } from '../annotate/names/locales/en/roleHeads/table.js';
import { countSources, rawLines, runFit } from './fitSources.js';

const USAGE = `usage: npm run fit:role-heads -- [--newids NEWIDS.txt] [--out FILE] [--raw FILE] SOURCE...
Counts where each lower-case word stands as a person's role in the prose of the SOURCE files and folders (read
recursively): right before a person's full name, heading an appositive after one. Reuters-21578 files (.sgm; with
--newids only the stories of those NEWIDs), web pages (.html, .htm, .php) and text files (.txt). Writes the table
(src/annotate/names/locales/en/roleHeads/table.ts's form) to --out, or prints it; --raw writes every word's counts.
docs/dependencies.md says what it was counted on.`;

runFit(USAGE, ['--raw'], async (args) => {
  const counts = new Map<string, RoleHeadCounts>();
  const files = await countSources(args, (paragraphs) => countRoleHeadsIn(paragraphs, counts));
  const raw = args.options.get('--raw');
  if (raw)
    await writeFile(
      raw,
      rawLines(counts, (w, c) => (c.before + c.apposed > 0 ? `${w}\t${c.before}\t${c.apposed}\t${c.lower}` : null)),
    );
  return { table: roleHeadTable(counts), note: `${files} files read, ${counts.size} word forms counted` };
});
