import { lexiconTags } from '../../../../core/lexicon.js';
import { once } from '../../../../../text/memo.js';
import type { RoleHeadCounts } from './count.js';
import ROLE_HEAD_LINES from './roleHeads.json' with { type: 'json' };
import { ROLE_HEAD_APPOSED_MIN, ROLE_HEAD_BEFORE_MIN, ROLE_HEAD_SHARE_MIN } from '../words.js';

/**
 * The role-head table (`roleHeads.json`, made by `npm run fit:role-heads`; docs/dependencies.md says on what text): for
 * each lower-case word seen in a role's two positions (right before a person's full name, heading an appositive after
 * one), how often it stood in each and how often it was written in lower case at all: `"spokesman 412 318 2051"`.
 */

/** Words seen in a role's positions fewer times than this (both positions together) are left out of the table. */
export const ROLE_HEAD_MIN_SEEN = 3;

/** The table's text: a JSON array of "word before apposed lower", sorted by word, one a line. */
export function roleHeadTable(counts: ReadonlyMap<string, RoleHeadCounts>): string {
  const lines = [...counts]
    .filter(([, c]) => c.before >= 1 && c.apposed >= 1 && c.before + c.apposed >= ROLE_HEAD_MIN_SEEN)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, c]) => `${w} ${c.before} ${c.apposed} ${c.lower}`);
  return `[\n${lines.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`;
}

const table = once(() => {
  const byWord = new Map<string, RoleHeadCounts>();
  for (const line of ROLE_HEAD_LINES as string[]) {
    const [word, before, apposed, lower] = line.split(' ');
    byWord.set(word!, { before: Number(before), apposed: Number(apposed), lower: Number(lower) });
  }
  return byWord;
});

/** The counts of a lower-case word (a possessive already cut), or undefined when it was seen too rarely in a role's places. */
export function roleHeadCountsOf(word: string): RoleHeadCounts | undefined {
  return table().get(word.toLowerCase().replace(/’/g, "'"));
}

/**
 * A word prose uses as a person's role: seen both right before full names and heading appositives after them, each at
 * least a few times, and in those places in a fair share of its lower-case uses ("spokesman", "rapper", "fiancée",
 * "batter"; not "said", seen before names only, nor "year", seen in neither often).
 */
export function isRoleHead(word: string): boolean {
  const c = roleHeadCountsOf(word);
  // ("said Chris Sims", "born John Smith": a verb's past form before a name is the sentence's, not a role)
  return (
    !!c &&
    !lexiconTags(word.toLowerCase()).includes('PastTense') &&
    c.before >= ROLE_HEAD_BEFORE_MIN &&
    c.apposed >= ROLE_HEAD_APPOSED_MIN &&
    (c.before + c.apposed) / c.lower >= ROLE_HEAD_SHARE_MIN
  );
}
