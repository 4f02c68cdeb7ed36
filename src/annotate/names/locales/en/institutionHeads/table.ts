import { once } from '../../../../../text/memo.js';
import { wordTags } from '../../../../core/lexicon.js';
import { placeLikeByWordCase, readWordCase } from '../wordCase/nameLike.js';
import { DOCUMENT_WORDS, EVENT_WORDS, INSTITUTION_HEAD_MAX_IN_SHARE, INSTITUTION_HEAD_MIN_CUED, INSTITUTION_HEAD_REFUSED_TAGS } from '../words.js';
import type { InstitutionHeadCounts } from './count.js';
import HEAD_LINES from './institutionHeads.json' with { type: 'json' };

/**
 * The institution-head table (`institutionHeads.json`, made by `npm run fit:institution-heads`; docs/dependencies.md
 * says on what text): for each word heading at least `INSTITUTION_HEAD_TABLE_MIN_CUED` distinct capitalised names in a
 * body's cue (count.ts), how many names it headed in such a cue, how many in all, and how many right after "in".
 * "Forum" heads 25 names in a body's cue and none after "in"; "County" 7 and 71.
 */

/** Heads seen in a body's cue fewer times than this are left out of the table. */
export const INSTITUTION_HEAD_TABLE_MIN_CUED = 2;

/** The table's text: a JSON array of "word cued names afterIn", sorted by word, one a line. */
export function institutionHeadTable(counts: ReadonlyMap<string, InstitutionHeadCounts>): string {
  const lines = [...counts]
    .filter(([word, c]) => c.cued.size >= INSTITUTION_HEAD_TABLE_MIN_CUED && /^\p{L}[\p{L}'-]*$/u.test(word))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, c]) => `${w} ${c.cued.size} ${c.names.size} ${c.afterIn.size}`);
  return `[\n${lines.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`;
}

/** How often one word headed names in the table's prose: in a body's cue, in all, right after "in". */
export interface InstitutionHead {
  cued: number;
  names: number;
  afterIn: number;
}

const table = once(() => {
  const byWord = new Map<string, InstitutionHead>();
  for (const line of HEAD_LINES as string[]) {
    const [word, cued, names, afterIn] = line.split(' ');
    byWord.set(word!, { cued: Number(cued), names: Number(names), afterIn: Number(afterIn) });
  }
  return byWord;
});

/** The counts of a head word (any case), or undefined when it headed too few names in a body's cue. */
export function institutionHeadOf(word: string): InstitutionHead | undefined {
  return table().get(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * Whether the table reads `word` as a body's head: it headed at least `INSTITUTION_HEAD_MIN_CUED` names in a body's cue,
 * few of its names stood after "in" (a place's or an event's word), prose does not write it as a name of its own (a
 * surname: "Reagan administration officials"), it names no document or event ("Agreement", "Cup") and is no function
 * word, adverb or adjective ("Against" of "Veterans Against the War", "Now" of "Troops Out Now"). The lexicon files some
 * heads as verbs only ("campaign", "project"): a verb's tag does not refuse a head.
 */
export function fittedInstitutionHead(word: string): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const c = institutionHeadOf(lower);
  if (!c || c.cued < INSTITUTION_HEAD_MIN_CUED || c.afterIn / c.names >= INSTITUTION_HEAD_MAX_IN_SHARE) return false;
  if (DOCUMENT_WORDS.has(lower) || EVENT_WORDS.has(lower) || readWordCase(lower) === 'name' || placeLikeByWordCase(lower)) return false;
  const tags = wordTags(lower);
  return !INSTITUTION_HEAD_REFUSED_TAGS.some((t) => tags.has(t));
}
