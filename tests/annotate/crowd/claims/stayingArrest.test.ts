import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../support/annotate.js';

/** Whole sentences through every claim rule: [sentence, the claims' figures and what they count]. */
const rows: Array<[string, Array<[string, string]>]> = [
  // turnout told by staying put at a place
  ['Hundreds spent the night in Lantern Square after the vote.', [['Hundreds', 'people']]],
  ['Some 2,000 camped outside the Korvian parliament.', [['Some 2,000', 'people']]],
  ['Thousands stayed on in the plaza overnight.', [['Thousands', 'people']]],
  ['Thousands were on the streets of Velmor on Sunday.', [['Thousands', 'people']]],
  ['About 800 protesters were gathered outside the ministry.', [['About 800', 'protesters']]],
  // negative: a night in care or custody, money, arrests told by a passive
  ['Hundreds spent the night in hospital after the march.', []],
  ['Dozens of marchers spent the night in custody.', []],
  ['About 30 spent the night in jail after the rally.', []],
  ['The march committee spent $2,000 on flags.', []],
  ['After the rally, 300 protesters were rounded up.', []],
  ['About 70 were detained as the march broke up.', []],
  ['Scores were hauled away as the protest ended.', []],
  ['Some 150 marchers were taken into custody.', []],
  // the passive of another figure's clause leaves a crowd a crowd
  ['About 2,000 marched in Velmor after 40 were detained.', [['About 2,000', 'people']]],
];

describe('staying verbs and passives of arrest, whole sentences', () => {
  it.each(rows)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => [c.text, c.counted])).toEqual(expected);
  });
});
