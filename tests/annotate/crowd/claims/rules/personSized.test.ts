import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { personSized } from '../../../../../src/annotate/crowd/locales/en/claims/rules/personSized.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, figure index, the rule's verdict: 'drop', the noun counted, or null (no verdict)] */
const ROWS: Array<[string, number, string | null]> = [
  [
    'In Boston, students at eight campuses held antiwar activities, including a 600-person rally at Harvard and a 150-person rally at Boston College.',
    1,
    'rally',
  ],
  [
    'In Boston, students at eight campuses held antiwar activities, including a 600-person rally at Harvard and a 150-person rally at Boston College.',
    2,
    'rally',
  ],
  ['At UC-Berkeley, the mood was upbeat and feisty at the 100-person-strong rally.', 0, 'rally'],
  ['A 2,000-person candlelight vigil was held in the park.', 0, 'vigil'],
  ['A 300-member picket line formed outside the plant.', 0, 'picket'],
  // negative: the unit sizes a body or a delegation, not a gathering
  ['The 150-person company laid off 20 workers after the rally.', 0, 'drop'],
  ['The 500-member union voted to strike.', 0, 'drop'],
  ['A 40-person delegation attended the march.', 0, 'drop'],
  // negative: a panel sized by its members is a body, not an audience (Socialist Worker, 2001-2002)
  ['The governor appointed a three-member panel to arbitrate the dispute after the strike.', 0, 'drop'],
  ['The law lets the president authorize an emergency three-person panel to declare a strike a "national emergency".', 0, 'drop'],
  // negative: no unit glued to the figure; the other rules decide
  ['A 10,000-strong crowd gathered.', 0, null],
  ['Some 600 people rallied at Harvard.', 0, null],
];

describe('the person-sized rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, expected) => {
    const verdict = personSized.judge(figureAt(readSentence(sentence(text)), i));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it('makes each sized gathering a claim of its own, and no other figure of the sentence', () => {
    const text =
      'In Boston, students at eight campuses held antiwar activities, including a 600-person rally at Harvard and a 150-person rally at Boston College.';
    expect(findCrowdClaims(sentence(text)).map((c) => [c.text, c.counted])).toEqual([
      ['600', 'rally'],
      ['150', 'rally'],
    ]);
  });
});
