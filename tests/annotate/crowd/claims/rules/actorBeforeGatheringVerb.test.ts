import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { actorBeforeGatheringVerb } from '../../../../../src/annotate/crowd/locales/en/claims/rules/actorBeforeGatheringVerb.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting, Socialist Worker 2001-2007), figure index, the noun counted, or null (no verdict)] */
const ROWS: Array<[string, number, string | null]> = [
  ['Some 200 janitors rallied downtown as part of national Justice for Janitors day.', 0, 'janitors'],
  ['Some 200 couples marched, many with their marriage certificates framed and stuck on wooden picket signs.', 0, 'couples'],
  ['Shouts of "Free Palestine!" rose above the usual bustle, as more than 200 of us marched through the entire campus.', 0, 'us'],
  ['About 100 janitors picketed outside, and union officials say they will bring more janitors from around the U.S.', 0, 'janitors'],
  ['In Portland, Ore., last week, more than 1,200 couples turned out to demand them.', 0, 'couples'],
  ['As the trial was due to come to a close last week, as many as 4,000 relatives turned out for protests.', 0, 'relatives'],
  // negative: an unlisted noun joined to a people noun is the people phrase's, read by people-noun
  ['SEATTLE--Nearly 200 janitors and supporters rallied downtown as part of national Justice for Janitors day.', 0, null],
  ['New York City Premier workers were organized in 2002, and tens of thousands of aides struck in New York City in 2004.', 1, 'aides'],
  // negative: groups, places and officers on duty are no crowd
  ['On May 27, 35,000 doctors and nurses in eight government-run hospitals and 3,000 health centers walked out.', 2, null],
  ['Two agents showed up at the store in September.', 0, null],
  ['Some 40 groups rallied at the Capitol.', 0, null],
  // negative: a count after a preposition or a possessive is no subject of the verb
  ['On April 14, tens of thousands of members of the four main union federations marched in Istanbul.', 1, null],
  ["An estimated 30 percent of France's 5.2 million civil servants took part in the action.", 0, null],
  ['In April, 2,700 workers at two chocolate plants struck after twice rejecting a company offer.', 1, null],
  // negative: a verb things also do ("filled") is not read; a listed people noun is people-noun's
  ['NEARLY 20 buses filled with 900 activists have fanned out across the U.S.', 0, null],
  ['About 300 people marched to City Hall.', 0, null],
];

describe('the actor-before-gathering-verb rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, expected) => {
    const verdict = actorBeforeGatheringVerb.judge(figureAt(readSentence(sentence(text)), i));
    expect(verdict === undefined || verdict === 'drop' ? null : verdict.counted).toBe(expected);
  });

  it('gives the claim in a whole sentence', () => {
    expect(findCrowdClaims(sentence('SEATTLE--Nearly 200 janitors and supporters rallied downtown.')).map((c) => c.text)).toEqual(['Nearly 200']);
  });
});
