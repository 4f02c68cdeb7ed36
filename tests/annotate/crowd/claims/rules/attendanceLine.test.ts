import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { attendanceLine } from '../../../../../src/annotate/crowd/locales/en/claims/rules/attendanceLine.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, figure index, the rule's verdict: the noun counted, or null (no verdict)] */
const ROWS: Array<[string, number, string | null]> = [
  // fresh5's chronology of a stadium: a table line after each entry
  ['Attendance: 12,836.', 0, 'Attendance'],
  ['Attendance: 78,672, at the time a major league record.', 0, 'Attendance'],
  ['Estimated attendance: 60,000.', 0, 'attendance'],
  ['Estimated attendance over two days: 45,000.', 1, 'attendance'],
  ['King said, “This is the challenge of the hour.” Attendance: 14,893.', 0, 'Attendance'],
  // box scores and captions
  ['Turnout: 3,200.', 0, 'Turnout'],
  ['Crowd: 30,000.', 0, 'Crowd'],
  // negative: a venue's size, a label that is not attendance, a colon inside a sentence
  ['Capacity at the time: 75,000.', 0, null],
  ['Seats: 20,000.', 0, null],
  ['Final score: 27-7.', 0, null],
  ['The crowd had one demand: 15 dollars an hour.', 1, null],
  ['A crowd: 5,000 by noon.', 0, null],
  ['Organisers gave the attendance as follows: 5,000 on Saturday.', 0, null],
];

describe('the attendance-line rule', () => {
  it.each(ROWS)('%j (figure %i)', (text, i, expected) => {
    const sentenceRead = readSentence(sentence(text));
    if (!sentenceRead.quantities[i]) return expect(expected).toBeNull();
    const verdict = attendanceLine.judge(figureAt(sentenceRead, i));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it('makes the line a claim by the publisher, and leaves a capacity line alone', () => {
    expect(findCrowdClaims(sentence('Attendance: 55,105.')).map((c) => [c.text, c.low, c.claimant])).toEqual([['55,105', 55105, null]]);
    expect(findCrowdClaims(sentence('Capacity at the time: 75,000.'))).toEqual([]);
  });
});
