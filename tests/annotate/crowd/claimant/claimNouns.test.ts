import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../src/annotate/crowd/index.js';
import { sentence } from '../../../support/annotate.js';

const claims = (text: string) => findCrowdClaims(sentence(text)).map((c) => [c.text, c.claimant]);

describe('a possessive before a claim noun names who gave the figure', () => {
  it.each([
    ["The city's claim that 5 million people attended Friday's parade was doubted.", [['5 million', 'The city']]],
    ["The police's estimate of 20,000 protesters was far below what organisers said.", [['20,000', 'The police']]],
    ["The organisers' figure of 150,000 marchers was disputed.", [['150,000', 'The organisers']]],
    ["The organisers' figure of 150,000 for the march was disputed.", [['150,000', 'The organisers']]],
    ["The union's claims that 40,000 people took part in the strike were rejected.", [['40,000', 'The union']]],
    ["Chicago Mayor Rahm Emanuel's estimate of 5 million fans at the parade drew scorn.", [['5 million', 'Chicago Mayor Rahm Emanuel']]],
    ["The city's official estimate put the crowd at 5 million.", [['5 million', 'The city']]],
    ['Police, whose estimate of 8,000 marchers was low, were criticised.', [['8,000', 'Police']]],
    ["The rally drew 20,000 people by the police's estimate.", [['20,000', 'the police']]],
    [
      "Police's count of 8,000 demonstrators was lower than the union's tally of 12,000 demonstrators.",
      [
        ['8,000', 'Police'],
        ['12,000', 'the union'],
      ],
    ],
  ])('"%s"', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it('reads a possessive pronoun as the pronoun, which a named subject before it replaces', () => {
    expect(claims('Their estimate of 20,000 protesters was low.')).toEqual([['20,000', 'they']]);
    expect(claims('The union said its tally of 40,000 strikers was conservative.')).toEqual([['40,000', 'The union']]);
  });

  it('names no one after an article or a describing word, and keeps a claim verb a verb', () => {
    expect(claims('The claim that 5 million people attended the parade was disputed.')).toEqual([['5 million', null]]);
    expect(claims('The official estimate of 20,000 protesters was low.')).toEqual([['20,000', null]]);
    expect(claims('Organisers claim 40,000 people marched.')).toEqual([['40,000', 'Organisers']]);
    expect(claims('Organisers estimate 40,000 people took part in the march.')).toEqual([['40,000', 'Organisers']]);
    // a body named before the noun still gives it, as before
    expect(claims('The police estimate of 20,000 protesters was low.')).toEqual([['20,000', 'The police']]);
  });
});
