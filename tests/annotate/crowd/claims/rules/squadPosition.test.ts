import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { squadPosition } from '../../../../../src/annotate/crowd/locales/en/claims/rules/squadPosition.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting), the rule's verdict on its first figure: 'drop', or null (no verdict)] */
const ROWS: Array<[string, string | null]> = [
  [
    'Chelsea are hoping to finalise negotiations as soon as possible as their three main strikers are currently unavailable due to injury and the African Nations Cup.',
    'drop',
  ],
  [
    'Hunt is reportedly considering recalling two strikers he signed at the start of the season but loaned both of them out to TUKS in the First Division.',
    'drop',
  ],
  // negative: people on strike, in a gathering or with no word of a squad
  ['On September 3, more than 200 strikers rallied outside of the courthouse in support of 80 workers who were arrested in a civil disobedience action.', null],
  ['By 10 a.m., five hours after the police attack, the zocalo was retaken by about 5,000 strikers and supporters armed with sticks and batons.', null],
  ['Some 300 strikers blocked the road to the port.', null],
  ["The union said 3,000 strikers took part in the rally outside the club's stadium.", null],
];

describe('the squad-position rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    const verdict = squadPosition.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it("gives no claim for a team's strikers, and one for people on strike", () => {
    expect(findCrowdClaims(sentence(ROWS[0]![0])).map((c) => c.text)).toEqual([]);
    expect(findCrowdClaims(sentence(ROWS[4]![0])).map((c) => c.text)).toEqual(['Some 300']);
  });
});
