import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import type { FigureRule } from '../../../../../src/annotate/crowd/locales/en/claims/figureTypes.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { deployedForce } from '../../../../../src/annotate/crowd/locales/en/claims/rules/deployedForce.js';
import { gatheringNounBefore } from '../../../../../src/annotate/crowd/locales/en/claims/rules/gatheringNounBefore.js';
import { gatheringVerbAfter } from '../../../../../src/annotate/crowd/locales/en/claims/rules/gatheringVerbAfter.js';
import { possessedStaff } from '../../../../../src/annotate/crowd/locales/en/claims/rules/possessedStaff.js';
import { strongCrowd } from '../../../../../src/annotate/crowd/locales/en/claims/rules/strongCrowd.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, figure index, the rule's verdict: 'drop', the noun counted, or null (no verdict)] */
type Row = [string, number, string | null];

const verdictOf = (rule: FigureRule, text: string, i: number) => {
  const verdict = rule.judge(figureAt(readSentence(sentence(text)), i));
  return verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted;
};

const TABLES: Array<[FigureRule, Row[]]> = [
  [
    deployedForce,
    [
      ['The US and Philippines are fielding more than 1,000 participants each, while smaller numbers of Australian forces are also taking part.', 0, 'drop'],
      ['The army deployed 5,000 soldiers to the border as protests spread.', 0, 'drop'],
      // negative: the verb is no verb of sending, or it is not right before the figure
      ['More than 1,000 participants marched through the city.', 0, null],
      ['Organisers fielded questions from 500 people at the rally.', 0, null],
    ],
  ],
  [
    possessedStaff,
    [
      ['Most of FreedomWorks’ 40 employees are working remotely on the effort, helping to connect local protesters.', 0, 'drop'],
      ["The union's 1,400 members voted on the contract before the rally.", 0, 'drop'],
      // negative: they gather; no possessive; a gathered noun
      ["The union's 1,400 members marched to City Hall.", 0, null],
      ['About 40 employees protested outside the office.', 0, null],
      ["The city's 300 protesters gathered again on Sunday.", 0, null],
    ],
  ],
  [
    strongCrowd,
    [
      ['Backers included, in New York, the 100,000-strong AFSCME District Council 37 and the Transport Worker Union.', 0, 'drop'],
      ['The 30,000-strong union called its members to the march.', 0, 'drop'],
      // negative: a crowd so sized
      ['A 10,000-strong crowd gathered outside parliament.', 0, 'crowd'],
      ['The 5,000-strong march set off at noon.', 0, 'march'],
    ],
  ],
  [
    gatheringNounBefore,
    [
      // a casualty word between the gathering noun and its figure
      ['The death toll from that strike had risen to 21, Russian authorities said late Saturday.', 0, null],
      ['Four further arrests have been made following protests over the weekend, taking the number to 23.', 1, null],
      // quote marks inside the phrase
      ['The International Champion’s Cup sets “unbreakable attendance record” at 93,098.', 0, 'attendance'],
      // negative: the size of a gathering, a figure noun with no casualty before it
      ['The crowd at the funeral reached 5,000.', 0, 'funeral'],
      ['Organisers said the number of marchers reached 5,000 by noon as the protest grew.', 0, 'number'],
    ],
  ],
  [
    gatheringVerbAfter,
    [
      // a base verb after a determiner and a figure modifies a plural noun: no verb
      ['Local reporters have said a "loud bang" was heard at the scene of the two protest groups in Plymouth.', 0, null],
      ['Police kept the three march stewards apart.', 0, null],
      // negative: a headline's verb and object; a verb after a determiner that is no compound
      ['Thousands protest cuts in Paris.', 0, 'people'],
      ['The 5,000 marched on to the square.', 0, 'people'],
    ],
  ],
];

describe.each(TABLES.map(([rule, rows]) => [rule.name, rule, rows] as const))('the %s rule', (_, rule, rows) => {
  it.each(rows)('%j (figure %i)', (text, i, expected) => expect(verdictOf(rule, text, i)).toBe(expected));
});

describe('figures that count no crowd, read whole', () => {
  it.each([
    // a year, or a figure at a sentence's end, runs into no capitalised word of the next sentence ("This" is no demonym)
    ['This plaque commemorates the 1963 crusade for Christ with a total attendance of 920,927. This plaque was placed in 1965.', ['920,927']],
    ['Los Angeles set a world record for baseball attendance at 92,706. This plaque was placed in 1961.', ['92,706']],
    // people murdered are no crowd, though they were protesters (Socialist Worker, 2005)
    ['Over the course of three weeks, some 60 protesters were murdered by troops and police.', []],
    // negative: an initial's full stop stays inside the phrase
    ['Some 3,000 U.S. citizens rallied in the square.', ['Some 3,000']],
  ])('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });

  it('reads the counted noun of a figure ending a sentence from its own sentence', () => {
    const [claim] = findCrowdClaims(sentence('Los Angeles set a world record for baseball attendance at 92,706. This plaque was placed in 1961.'));
    expect(claim?.counted).toBe('attendance');
  });
});
