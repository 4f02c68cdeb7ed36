import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../../support/annotate.js';

/**
 * Figures joined by "and" share the verb or the noun before the first (drawn-by-verb, casualty-count): [sentence,
 * the claims' figures].
 */
const ROWS: Array<[string, string[]]> = [
  ['Peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500 and 500, respectively.', ['1,500', '500']],
  ['The two marches drew 3,000 and 2,000.', ['3,000', '2,000']],
  // negative: people a harm's noun names, and the figures joined to them
  [
    "That day, protests also took place at UNC-Chapel Hill, where the school's $25 million share of the cutback would mean the layoff of 80 faculty and 90 staff members.",
    [],
  ],
  ['The protest came after the superintendent called for cuts, which include a reduction of 150 teachers and the elimination of several programs.', []],
  ['Workers rallied against the layoffs of 300 nurses and 200 aides.', []],
];

describe('joined figures', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });
});
