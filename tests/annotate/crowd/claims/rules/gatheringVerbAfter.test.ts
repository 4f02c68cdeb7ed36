import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../../support/annotate.js';

/** A crowd that grows in a dash aside, starts to gather, or is a part of people told of before: [sentence, the claims' figures]. */
const ROWS: Array<[string, string[]]> = [
  ['Hundreds of people--then thousands--turned out to hold him to his word.', ['Hundreds', 'thousands']],
  ['Hundreds of people — later thousands — marched.', ['Hundreds', 'thousands']],
  ['In Santa Rosa, Calif., another 10,000 mobilized, including many undocumented workers.', ['10,000']],
  ['So several hundreds of them started to protest on August 18, in front of the migrant holding facility.', ['several hundreds']],
  ['Thousands began to march toward the square.', ['Thousands']],
  // a state of being at the gathering
  ['Brazil star Neymar was among the more than 12,000 in attendance, which also included a marching band.', ['more than 12,000']],
  ['About 3,000 were in attendance when the mayor spoke.', ['About 3,000']],
  ['Some 40,000 in the stands sang the anthem.', ['Some 40,000']],
  // negative: the aside's verb is an arrest; a word of sequence with no aside; troops mobilized
  ['Police said 300--then 400--were arrested.', []],
  ['The army mobilized 10,000 troops.', []],
  ['Hundreds of them were arrested.', []],
  ['Thousands began to leave the city.', []],
  ['There were 12 cameras in the stands.', []],
  ['The club sold 12,000 tickets for the final.', []],
];

describe('the gathering-verb-after rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });
});
