import { tokenize, type Token } from '../../../../../core/tokens.js';
import { endsSentence } from '../../claimant/clause.js';
import { TENS, UNITS } from '../../quantity/words.js';
import {
  GATHERING_NOUNS,
  SEVERAL_AFTER_REACH,
  SEVERAL_BEFORE_REACH,
  SEVERAL_COUNT_OPENERS,
  SEVERAL_DAY_HEADS,
  SEVERAL_HEADS,
  SEVERAL_NOT_AFTER,
  TOTAL_WORDS,
} from '../../words.js';
import type { DayRule, Located } from '../located.js';

/** A count of two or more written as a word or digits: "two", "nine", "150". */
function isSeveralCount(t: Token | undefined): boolean {
  if (!t) return false;
  if (/^\d+$/.test(t.text)) return Number(t.text) >= 2;
  return t.kind === 'word' && ((UNITS[t.lower] ?? 0) >= 2 || TENS[t.lower] !== undefined || t.lower === 'both');
}

/** The plural head a count at token k counts, past a few describing words ("all nine University of California (UC) campuses"). */
function countsSeveral(tokens: Token[], k: number): boolean {
  if (!isSeveralCount(tokens[k])) return false;
  const opener = tokens[k - 1]?.lower ?? '';
  const before = SEVERAL_COUNT_OPENERS.has(opener) ? tokens[k - 2]?.lower : opener;
  // "workers from six factories", "one of three rallies": where they came from, a part of the gatherings
  if (SEVERAL_NOT_AFTER.has(before ?? '')) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 1 + SEVERAL_AFTER_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && SEVERAL_HEADS.has(t.lower)) return true;
    // "two nationwide days of action"
    if (t.kind === 'word' && SEVERAL_DAY_HEADS.has(t.lower)) return tokens[j + 1]?.lower === 'of';
    if (t.kind === 'punct' && !['(', ')', '-'].includes(t.text)) return false;
  }
  return false;
}

/**
 * The claim's figure counts the people of several gatherings: its sentence, after the figure ("thousands turned
 * out for two marches", "walked out … on all nine campuses") or just before it ("two days of action involving
 * millions"), counts the gatherings or the places they were held in.
 */
export function isSeveralGatherings(l: Located): boolean {
  const tokens = tokenize(l.passage.text);
  const from = tokens.findIndex((t) => t.start >= l.claim.start - l.passage.start);
  if (from < 0) return false;
  let last = from;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= l.claim.end - l.passage.start) last++;
  for (let k = last + 1; k < tokens.length && !endsSentence(tokens, k) && tokens[k]!.text !== ';'; k++) if (countsSeveral(tokens, k)) return true;
  for (let k = from - 1, words = 0; k >= 0 && words < SEVERAL_BEFORE_REACH; k--) {
    if (tokens[k]!.kind === 'punct') break;
    if (countsSeveral(tokens, k)) return true;
    // "a total attendance of 920,927", "a combined crowd of 30,000": the sum of several gatherings
    if (TOTAL_WORDS.has(tokens[k]!.lower) && GATHERING_NOUNS.has(tokens[k + 1]?.lower ?? '')) return true;
    words++;
  }
  return false;
}

export const severalGatherings: DayRule = {
  name: 'several-gatherings',
  reason:
    'A figure its sentence gives for several gatherings or places ("thousands turned out for two marches", "walked out on all nine campuses", "two days of action involving millions", "a total attendance of 920,927") is a total of them, a gathering of its own that no claim of one of them joins.',
  apply: (groups) =>
    groups.flatMap((group) => {
      const totals = group.filter(isSeveralGatherings);
      if (!totals.length || totals.length === group.length) return [group];
      return [group.filter((l) => !totals.includes(l)), totals];
    }),
};
