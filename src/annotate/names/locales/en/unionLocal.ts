import { isSpaced } from '../../../core/tokens.js';
import { isOrgHead } from './predicates.js';
import { has, type NameToken } from './tokens.js';
import { NUMBERED_UNITS, PLACE_TAGS, UNIT_NUMBER } from './words.js';

/**
 * `union-local`: "United Food and Commercial Workers Local 538", "Hotel Employees and Restaurant Employees Local 2": a
 * union's name holding "and", then its local's number, is one body; its number may be hyphenated or lettered ("Local
 * 4-200", "Local 32BJ": `numberInName`). Two bodies named apart ("SEIU and Teamsters Local 25") or a person before the
 * "and" stay apart.
 */
export const unionLocal = {
  name: 'union-local',
  reason:
    'A union local is named by its union and its number, and the union\'s name may hold "and" ("United Food and Commercial Workers Local 538") and its number a hyphen or letters ("Local 4-200", "Local 32BJ"); cut at the "and" or before such a number, the names were "United Food" and a bare "Local".',
  /** The end of the run [from, to) taken on past an "and" to a local's number, or 0. */
  end(tokens: NameToken[], from: number, to: number): number {
    const and = tokens[to];
    if (!and || and.text !== 'and' || !isSpaced(and.gap) || tokens[to - 1]!.possessive) return 0;
    let end = to + 1;
    while (end < tokens.length && tokens[end]!.nameLike && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
    const unit = tokens[end - 1]!;
    const number = tokens[end];
    if (end - to < 3 || !NUMBERED_UNITS.has(unit.lower) || !number || !isSpaced(number.gap) || !UNIT_NUMBER.test(number.text)) return 0;
    const members = tokens[end - 2]!;
    if (!has(members, 'Plural') && !isOrgHead(members)) return 0;
    const left = tokens.slice(from, to);
    if (
      isOrgHead(left.at(-1)!) ||
      left.some((t) => /^\p{Lu}{2,}$/u.test(t.text) || has(t, 'Acronym', 'Organization', 'FirstName', 'MaleName', 'FemaleName', 'LastName', ...PLACE_TAGS))
    )
      return 0;
    return end + 1;
  },
};
