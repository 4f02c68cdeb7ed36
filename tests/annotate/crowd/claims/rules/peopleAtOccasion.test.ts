import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../../support/annotate.js';

/**
 * [sentence (real reporting: news pages of 2005–2017 and the timelines articles), the crowd figures the finder returns]
 * The positive rows name an occasion people attend and no word of protest or turnout; the negative rows hold a
 * people count beside an occasion that is no crowd at it.
 */
const ROWS: Array<[string, string[]]> = [
  [
    "That will make it difficult to determine liability, Jeff Page, Lyon County's emergency services director, told about 400 residents during a Monday night meeting.",
    ['about 400'],
  ],
  [
    'While the pope was celebrating the Mass for tens of thousands of people, the Vatican received word of the blast that killed at least 21 people.',
    ['tens of thousands'],
  ],
  ["Reports of the attack began to surface as Pope Francis was celebrating Palm Sunday Mass for thousands of people in St. Peter's Square.", ['thousands']],
  ['Around 800 people were at the ceremony at the presidential palace, and tight restrictions were in place over who was allowed in.', ['Around 800']],
  // negative: a body's members, a poll's sample, people ejected, honoured or watching afar, "riot police", "Mass" in a name
  ['Nadezhda Tolokonnikova and Maria Alyokhina, two members of the Pussy Riot collective, have agreed to sit on the advisory board.', []],
  ['The Mass Public Opinion Institute polled a nationally representative sample of 1,198 adult Zimbabweans between 23 June and 7 July.', []],
  ['The melee resulted in unruly fans and bystanders hit with capsicum spray and 10 people being ejected from Melbourne Park.', []],
  ['The magazine features 50 women celebrated not just for their achievements.', []],
  ['The union, which has 13,000 members, held a meeting on Tuesday.', []],
  ['The concert was watched by 2 billion people on television.', []],
  ['The bishop said a Mass for 21 victims of the attack.', []],
  ['One year ago, the committee set out to bring 2,000 members to the convention.', []],
];

describe('the people-at-occasion rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });

  it('names the rule on the claim it makes', () => {
    const [claim] = findCrowdClaims(sentence('Around 800 people were at the ceremony at the presidential palace.'));
    expect(claim?.rules).toContain('people-at-occasion');
    expect(claim?.counted).toBe('people');
  });
});
