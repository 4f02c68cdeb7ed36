import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { addressedAudience } from '../../../../../src/annotate/crowd/locales/en/claims/rules/addressedAudience.js';
import { audienceBefore } from '../../../../../src/annotate/crowd/locales/en/claims/rules/audienceBefore.js';
import { sentence } from '../../../../support/annotate.js';

type Row = [string, number, string | null];

/** [sentence, figure index, the rule's verdict: the noun counted, or null (no verdict)] */
const BEFORE: Row[] = [
  ['The Rams opened the season with a 25-14 loss to the Philadelphia Eagles before 30,500 at the Coliseum.', 2, 'people'],
  ['The Rolling Stones played in front of 90,000 fans at the Coliseum.', 0, 'fans'],
  ['The final was played before 61,946 spectators.', 0, 'spectators'],
  // negative: a year, things counted, a clause with a verb of its own
  ['The stadium was renovated before 1984.', 0, null],
  ['He waited before 30 days had passed.', 0, null],
  ['Police closed the road before 2,000 students arrived.', 0, null],
  ['The bill must be signed before 12 months are up.', 0, null],
];

const ADDRESSED: Row[] = [
  ['Mandela addressed 70,000 at the Coliseum.', 0, 'people'],
  ['Billy Graham preached to 134,254 people at the Coliseum.', 0, 'people'],
  ['The band performed for 90,000 fans on the first night.', 0, 'fans'],
  // negative: things addressed, an interview, a figure after another noun
  ['The senator addressed 2 issues in his speech.', 0, null],
  ['Police spoke to 12 witnesses.', 0, null],
  ['He played 30 games for the Dodgers.', 0, null],
];

const verdictOf = (rule: typeof audienceBefore, text: string, i: number) => {
  const verdict = rule.judge(figureAt(readSentence(sentence(text)), i));
  return verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted;
};

describe('the audience-before rule', () => {
  it.each(BEFORE)('%j (figure %i)', (text, i, expected) => expect(verdictOf(audienceBefore, text, i)).toBe(expected));
});

describe('the addressed-audience rule', () => {
  it.each(ADDRESSED)('%j (figure %i)', (text, i, expected) => expect(verdictOf(addressedAudience, text, i)).toBe(expected));
});

describe("a game's, a show's or a speech's audience", () => {
  it.each([
    ['The game drew 45,000 fans.', ['45,000']],
    ['The festival drew an estimated 45,000 over two days.', ['an estimated 45,000']],
    ['More than 40,000 spectators watched the race.', ['More than 40,000']],
    // negative: a capacity, followers online, viewers on television
    ['The stadium holds 75,000 fans.', []],
    ['He has 2 million fans on Instagram.', []],
    ['The match drew 20 million viewers.', []],
  ])('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });
});
