import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { signedOrVoted } from '../../../../../src/annotate/crowd/locales/en/claims/rules/signedOrVoted.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting, Socialist Worker 2004-2006; names and numbers changed), figure index, dropped] */
const ROWS: Array<[string, number, boolean]> = [
  ['He was fascinated by the big GI petition, which some 1,300 active-duty service members signed before the moratorium rally.', 0, true],
  ['More than 2,000 students signed a petition against the cuts before the march.', 0, true],
  ['The march ended at the office with a letter signed by 300 faculty members.', 0, true],
  ["Millions of India's poorest people came out in strength to vote in the elections.", 0, true],
  // negative: a crowd gathered, or a crowd whose verb is a vote at the rally
  ['More than 2,000 students marched to the office to deliver a petition.', 0, false],
  ['Some 5,000 bank workers rallied and voted to strike.', 0, false],
  ['Thousands came out to protest the vote count.', 0, false],
];

describe('the signed-or-voted rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, dropped) => {
    expect(signedOrVoted.judge(figureAt(readSentence(sentence(text)), i)) === 'drop').toBe(dropped);
  });

  it('keeps the rally a petition was signed at', () => {
    const text = 'Some 400 people rallied outside City Hall, where a petition signed by 1,300 residents was delivered.';
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(['Some 400']);
  });
});
