import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { possessedStaff } from '../../../../../src/annotate/crowd/locales/en/claims/rules/possessedStaff.js';
import { strongCrowd } from '../../../../../src/annotate/crowd/locales/en/claims/rules/strongCrowd.js';
import { sentence } from '../../../../support/annotate.js';

const verdictOf = (rule: typeof possessedStaff, text: string, i: number) => {
  const verdict = rule.judge(figureAt(readSentence(sentence(text)), i));
  return verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted;
};

/** The possessed-staff rule on the wire's trades: [sentence (Reuters newswire of 1987, the development part), figure index, 'drop' or null (no verdict)]. */
const POSSESSED: Array<[string, number, 'drop' | null]> = [
  [
    "SAO PAULO, March 12 - Two small shipping companies have reached a pay deal with striking seamen, but union leaders said most of Brazil's 40,000 seamen were still on strike.",
    1,
    'drop',
  ],
  ["The spokesman said about 530,000 of Brazil's 700,000 bank workers were on strike.", 1, 'drop'],
  ["About 14,000 of Brazil's 40,000 seamen are now back at work after pay accords with 21 shipping companies.", 1, 'drop'],
  ["The decision followed yesterday's ruling by an Amsterdam court, Rosenmuller told a meeting of the general cargo sector's 4,000 workers today.", 0, 'drop'],
  // negative: the trade or staff did the gathering, or is the doer after "by"
  ["RIO DE JANEIRO, JUNE 18 - Rio de Janeiro's 3,500 dockworkers went on strike for an indefinite period today to demand wage increases.", 0, null],
  ["The walkout by Brazil's 40,000 seamen has idled 160 ships in various ports.", 0, null],
  ["The union's 1,400 members marched on the capitol.", 0, null],
];

/** The strong-crowd rule: [sentence, figure index, 'drop' or the noun counted]. */
const STRONG: Array<[string, number, string]> = [
  ["The 500,000-strong unitary workers' front (fut) and the general union of workers (ugt) have protested the measures.", 0, 'drop'],
  ['The 100,000-strong union called a strike.', 0, 'drop'],
  // negative: a crowd so sized
  ['A 10,000-strong crowd marched on the ministry.', 0, 'crowd'],
  ['A 5,000-strong march of angry farmers blocked the road.', 0, 'march'],
];

describe("the wire's trades after a possessive", () => {
  it.each(POSSESSED)('%j (figure %i)', (text, i, expected) => {
    expect(verdictOf(possessedStaff, text, i)).toBe(expected);
  });
});

describe('a body sized by "-strong" after its describing words', () => {
  it.each(STRONG)('%j (figure %i)', (text, i, expected) => {
    expect(verdictOf(strongCrowd, text, i)).toBe(expected);
  });
});
