import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { heldByBody } from '../../../../../src/annotate/crowd/locales/en/claims/rules/heldByBody.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (Reuters newswire of 1987, the development part), figure index, dropped] */
const ROWS: Array<[string, number, boolean]> = [
  ["The Seafarers' International Union, which represents about 2,300 workers on the Great Lakes, has said it will likely go on strike this spring.", 0, true],
  [
    'Nicanor Araya was named president of the Chilean Confederation of Copperworkers (CTC), which groups 22,000 workers employed in the state-owned copper mines.',
    0,
    true,
  ],
  ['The convention opened before the summer talks over new contracts covering some 500,000 U.S. workers at G.M. and Ford.', 0, true],
  ['The mill, which employs 525 people, was shut by the strike.', 0, true],
  // negative: the count is the subject of a turnout, or no verb of holding comes before it
  ['The union represents 800 workers who walked out on Monday.', 0, false],
  ['About 800 members of the United Food and Commercial Workers Union struck the plant at midnight Sunday.', 0, false],
  ['The crowd numbered 5,000 at the rally.', 0, false],
];

describe('the held-by-body rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, dropped) => {
    expect(heldByBody.judge(figureAt(readSentence(sentence(text)), i))).toBe(dropped ? 'drop' : undefined);
  });

  it("leaves no claim for a union's membership beside a strike", () => {
    expect(findCrowdClaims(sentence('The union, which represents about 2,300 workers, said the strike would go on.'))).toEqual([]);
  });
});
