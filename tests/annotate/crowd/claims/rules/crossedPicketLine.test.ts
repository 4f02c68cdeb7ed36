import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { crossedPicketLine } from '../../../../../src/annotate/crowd/locales/en/claims/rules/crossedPicketLine.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting, Socialist Worker 2001-2007), figure index, dropped] */
const ROWS: Array<[string, number, boolean]> = [
  ['Although about 70 workers are crossing picket lines, most strikers remain solid.', 0, true],
  ["But only 38 nurses have reportedly crossed the picket line, and scab nurses can't keep up the pace.", 0, true],
  ['About 500 workers of the 1,700 represented by SEIU crossed the picket lines, and patient care was continued with scabs.', 0, true],
  // negative: people joining a picket line, or refusing to cross one past an aside
  ['In the end, 13 of them ended up joining the picket lines.', 0, false],
  ["The strike's strength came from the 350 WM truck drivers, also members of Local 174, who refused to cross the mechanics picket line.", 0, false],
];

describe('the crossed-picket-line rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, dropped) => {
    expect(crossedPicketLine.judge(figureAt(readSentence(sentence(text)), i)) === 'drop').toBe(dropped);
  });

  it('drops who crossed in a sentence about pickets', () => {
    const text = 'Although about 70 workers are crossing picket lines, most strikers remain solid.';
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual([]);
  });
});
