import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { breakdownOfCasualties } from '../../../../../src/annotate/crowd/locales/en/claims/rules/breakdownOfCasualties.js';
import { sentence } from '../../../../support/annotate.js';

const EXECUTED =
  '"The American forces gathered the family members in one room and executed 11 persons, including five children, four women and two men," said the report.';

/** [sentence (real reporting), figure index, the rule's verdict: 'drop' or null (no verdict)] */
const ROWS: Array<[string, number, 'drop' | null]> = [
  [EXECUTED, 1, 'drop'],
  [EXECUTED, 2, 'drop'],
  [EXECUTED, 3, 'drop'],
  ['Police said 30 people died, among them six students who had marched.', 1, 'drop'],
  // negative: a breakdown of a crowd, and the casualty count itself (casualty-count's)
  ['About 5,000 people marched, including 300 nurses.', 1, null],
  [EXECUTED, 0, null],
];

describe('the breakdown-of-casualties rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, expected) => {
    expect(breakdownOfCasualties.judge(figureAt(readSentence(sentence(text)), i)) ?? null).toBe(expected);
  });

  it('leaves no claim in the sentence of the executed family', () => {
    expect(findCrowdClaims(sentence(EXECUTED))).toEqual([]);
  });
});
