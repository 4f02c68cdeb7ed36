import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { beneficiaries } from '../../../../../src/annotate/crowd/locales/en/claims/rules/beneficiaries.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, figure index, the rule's verdict: 'drop', or null (no verdict)] */
const ROWS: Array<[string, number, 'drop' | null]> = [
  [
    '-- In Quincy, Mass., as many as 70 people turned out May 21 for a community meeting in defense of four Chinese residents who were assaulted by Quincy police.',
    1,
    'drop',
  ],
  ['-- In Tracy, Calif., about 50 people converged May 20 at a restaurant in solidarity with eight workers who were unfairly fired.', 1, 'drop'],
  ['Hundreds marched on behalf of 300 families facing eviction.', 1, 'drop'],
  ['Candles were lit for 40 black men.', 0, 'drop'],
  // negative: the people stood by gather themselves; the crowd itself
  ['On June 16, more than 300,000 people marched through Oaxaca City in support of the 70,000 teachers, who have been on strike since May 22.', 1, null],
  ['Students rallied in solidarity with 300 strikers.', 0, null],
  ['As many as 70 people turned out for a community meeting.', 0, null],
];

describe('the beneficiaries rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, expected) => {
    const verdict = beneficiaries.judge(figureAt(readSentence(sentence(text)), i));
    expect(verdict === undefined ? null : verdict).toBe(expected);
  });
});
