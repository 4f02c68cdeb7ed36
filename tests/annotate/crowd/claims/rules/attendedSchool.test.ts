import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { attendedSchool } from '../../../../../src/annotate/crowd/locales/en/claims/rules/attendedSchool.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, the rule's verdict on its first figure: 'drop', or null (no verdict)] */
const ROWS: Array<[string, 'drop' | null]> = [
  ['Under the new action, hundreds of thousands of students who attended the now-defunct chain will receive $5.8 billion in full loan discharges.', 'drop'],
  ['About 2,000 students attend classes at the downtown campus.', 'drop'],
  ['Some 300 children attended the village school before the flood.', 'drop'],
  // negative: a gathering or a meeting attended, at a school or not
  ['About 500 students attended the rally at the university.', null],
  ['More than 300 people attended a community meeting at the college.', null],
  ['Thousands of protesters marched to the college.', null],
];

describe('the attended-school rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    const verdict = attendedSchool.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined ? null : verdict).toBe(expected);
  });
});
