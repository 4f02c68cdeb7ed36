import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { figureBeforeCrowdNoun } from '../../../../../src/annotate/crowd/locales/en/claims/rules/figureBeforeCrowdNoun.js';
import { sentence } from '../../../../support/annotate.js';

/** [sentence (real reporting), the rule's verdict on its first figure: the noun counted, or null (no verdict)] */
const ROWS: Array<[string, string | null]> = [
  ["But as the majority of a 11,116 crowd scented Leeds' first-ever victory against Sale in 12 attempts, the visitors woke up.", 'crowd'],
  ["Tawana Evans was overwhelmed by the estimated 1 million turnout for the April 25 March for Women's Lives in Washington, D.C.", 'turnout'],
  ['Rovers won in front of a 40,000 crowd at Ewood Park.', 'crowd'],
  // negative: a year before the noun, a noun the crowd word begins, a crowd noun written after "of"
  ['The 1999 crowd was louder than this one.', null],
  ['Police set up 2,000 crowd-control barriers along the route.', null],
  ['A crowd of 5,000 gathered.', null],
];

describe('the figure-before-crowd-noun rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    const verdict = figureBeforeCrowdNoun.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined || verdict === 'drop' ? null : verdict.counted).toBe(expected);
  });

  it('gives the claim in a whole sentence', () => {
    expect(findCrowdClaims(sentence('Rovers won in front of a 40,000 crowd at Ewood Park.')).map((c) => c.text)).toEqual(['40,000']);
  });
});
