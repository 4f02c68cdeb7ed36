import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../../support/annotate.js';

/** A campaigner's crowd at a stop, the people greeted or whose hands were shaken: [sentence, the claims' figures]. */
const ROWS: Array<[string, string[]]> = [
  ['John McCain made an appearance at West Ashley Middle School around noon, greeting about three dozen supporters for 10 minutes.', ['about three dozen']],
  ['Obama shook hands with hundreds of supporters at the airport.', ['hundreds']],
  ['The pope greeted 5,000 pilgrims in the square.', ['5,000']],
  // negative: people greeted or met who are no crowd; hands shaken with leaders
  ['He shook hands with two leaders.', []],
  ['The president greeted two visitors from Ohio.', []],
  ['She greeted 12 guests at the door.', []],
];

describe('the addressed-audience rule, for greeting', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });

  it('counts a figure of dozens as twelve times it', () => {
    const [claim] = findCrowdClaims(sentence('The candidate spent ten minutes greeting about three dozen supporters.'));
    expect([claim?.low, claim?.high]).toEqual([36, 36]);
  });
});
