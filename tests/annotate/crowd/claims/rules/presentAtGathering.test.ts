import { describe, expect, it } from 'vitest';
import { figureAt, readSentence } from '../../../../../src/annotate/crowd/locales/en/claims/figure.js';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { presentAtGathering } from '../../../../../src/annotate/crowd/locales/en/claims/rules/presentAtGathering.js';
import { sentence } from '../../../../support/annotate.js';

/**
 * [sentence (real reporting), the rule's verdict on its first figure: the noun counted, 'drop', or null (no verdict;
 * a clause about a gathering is left to people-noun, which counts it the same)]
 */
const ROWS: Array<[string, string | null]> = [
  ['He said: "For the first goal, in my opinion, and probably 25,000 people in the stadium the player was five yards offside.', 'people'],
  ['Hundreds of people at the funeral reception said nothing.', null],
  ['About 300 mourners at the vigil lit candles.', null],
  ['Thousands of people in the streets chanted slogans.', 'people'],
  // negative: the place is a city or a room no venue word names, the clause says what befell them, no place after the noun
  ['Two people in the city were arrested.', null],
  ['Five people at the rally were arrested.', 'drop'],
  ['Three people in the stadium were injured when a wall collapsed.', 'drop'],
  ['Some 160 million people in the country will vote.', null],
  ['More than 150 people fanned out in the northern Georgia woods Sunday looking for her.', null],
  // a contest's entrants "in the field" (a race of 2024, a golf tournament)
  ['Each year, the association lets each of the 33 drivers in the field choose what kind of milk they want to drink if they win.', null],
  ['There were 45 men in the field at the start of the final round.', null],
];

describe('the present-at-gathering rule', () => {
  it.each(ROWS)('%j', (text, expected) => {
    const verdict = presentAtGathering.judge(figureAt(readSentence(sentence(text)), 0));
    expect(verdict === undefined ? null : verdict === 'drop' ? 'drop' : verdict.counted).toBe(expected);
  });

  it('leaves a clause about a gathering to people-noun, and the finder still counts it', () => {
    expect(findCrowdClaims(sentence('About 300 mourners at the vigil lit candles.')).map((c) => c.text)).toEqual(['About 300']);
  });

  it('gives a claim for a count in the stadium, with no verb of gathering', () => {
    const text = 'About 25,000 people in the stadium cheered.';
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(['About 25,000']);
  });
});
