import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { protestAction } from '../../../../../src/annotate/crowd/locales/en/claims/rules/protestAction.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence, the rule's verdict on its first figure: the noun counted, or null (no verdict)] */
const ROWS: Array<[string, string | null]> = [
  ['A video posted on social media by the group showed two activists climbing on stage holding a sign that read "over 1.5 degrees".', 'activists'],
  ['About 40 supporters celebrated outside the court, carrying placards that demanded his release.', 'supporters'],
  ['Six campaigners glued themselves to the road outside the ministry.', 'campaigners'],
  ['Hundreds of journalists waved signs with the names of their regions.', 'journalists'],
  // negative: no people noun, a sign of another kind, people doing something else
  ['The city put up 300 signs along the route.', null],
  ['Two officials signed the agreement on Monday.', null],
  ['Three workers held a meeting with the manager.', null],
  ['The two men spoke to reporters after the hearing.', null],
];

describe('the protest-action rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    const verdict = protestAction.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it('gives a claim where no word of a gathering is near', () => {
    const text = 'A video posted on social media by the group showed two activists climbing on stage holding a sign.';
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(['two']);
  });
});
