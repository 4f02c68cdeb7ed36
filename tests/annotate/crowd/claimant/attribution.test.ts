import { describe, expect, it } from 'vitest';
import { findCrowdClaims, findQuantities } from '../../../../src/annotate/crowd/index.js';
import { sentence } from '../../../support/annotate.js';

const claims = (text: string) => findCrowdClaims(sentence(text)).map((c) => [c.text, c.low, c.high, c.claimant]);
const quantities = (text: string) => findQuantities(text).map((q) => text.slice(q.start, q.end));

describe('"estimated" after its subject is a speech verb, not a hedge', () => {
  it('reads "police estimated 240,000" as a count by police, after a semicolon too', () => {
    expect(quantities('police estimated 240,000')).toEqual(['240,000']);
    expect(claims('On Sunday, organisers claimed that more than a million people marched; police estimated 240,000.')).toEqual([
      ['more than a million', 1_000_000, null, 'organisers'],
      ['240,000', 240_000, 240_000, 'police'],
    ]);
    expect(claims('Thousands marched through the city, and police estimated 8,000.')).toEqual([
      ['Thousands', 2_000, 2_000, null],
      ['8,000', 8_000, 8_000, 'police'],
    ]);
  });

  it('keeps "estimated" as a hedge when it describes the figure', () => {
    expect(quantities('An estimated 5,000 people marched.')).toEqual(['An estimated 5,000']);
    expect(quantities('Estimated 5,000 people marched.')).toEqual(['Estimated 5,000']);
    expect(quantities('a crowd of estimated 5,000 people')).toEqual(['estimated 5,000']);
  });
});

describe('admitting, conceding, acknowledging, insisting and claiming give a figure its claimant', () => {
  it.each([
    ['Only 3,000 farmers came to the rally on Monday, organisers admitted.', 'organisers'],
    ['Organisers conceded that only 3,000 people marched.', 'Organisers'],
    ['Police acknowledged that 40,000 people had joined the march.', 'Police'],
    ['The union insisted 40,000 people took part in the strike.', 'The union'],
    ['Organisers claimed 40,000 people took part in the protest.', 'Organisers'],
    ['About 40,000 people marched, the mayor confirmed.', 'the mayor'],
  ])('"%s" → %s', (text, claimant) => {
    expect(claims(text).map((c) => c[3])).toEqual([claimant]);
  });

  it('a denied turnout stays denied whoever admits it', () => {
    expect(claims('Tens of thousands of farmers did not come to Brussels on Monday, organisers admitted.')).toEqual([]);
  });
});

describe('a role keeps the name given in apposition after it', () => {
  it('"according to the city\'s governor, Karla Rubilar"', () => {
    expect(
      claims(
        "More than a million people took to the streets of the capital on Friday in the largest demonstration in decades, according to the city's governor, Karla Rubilar.",
      ),
    ).toEqual([['More than a million', 1_000_000, null, "the city's governor, Karla Rubilar"]]);
    expect(claims('About 5,000 people marched, said a police spokesman, Jan de Vries.')).toEqual([
      ['About 5,000', 5_000, 5_000, 'a police spokesman, Jan de Vries'],
    ]);
  });

  it('stops at a comma that does not open a name closing the phrase', () => {
    // a name followed by a clause of its own is not in apposition
    expect(claims('About 5,000 people marched, according to police, while Hong Kong officials said 3,000.').map((c) => c[3])).toEqual([
      'police',
      'Hong Kong officials',
    ]);
    // a name before its role keeps the role as before
    expect(claims('About 5,000 people marched, said Maria Lopes, a spokeswoman for the union.').map((c) => c[3])).toEqual([
      'Maria Lopes, a spokeswoman for the union',
    ]);
  });
});

describe('a claimant is a name or a noun phrase, never a fragment', () => {
  it.each([
    ['According to the "Union of Free Teachers," more than 4,000 people marched in the capital.', 'the Union of Free Teachers'],
    ['Security officials, speaking on condition of anonymity, said 11,000 people marched.', 'Security officials'],
    [
      'Two police officers, who spoke on condition of anonymity because they were not authorised to brief reporters, estimated the crowd at 7,000.',
      'Two police officers',
    ],
    ['Officials — who by policy did not give their names — estimated that 35,000 attended.', 'Officials'],
    // negative: a role after a name between commas stays the claimant's
    ['Ana Reis, a spokeswoman for the organisers, said 30,000 marched.', 'Ana Reis, a spokeswoman for the organisers'],
    ['Police, who expected trouble, said 5,000 marched.', 'Police'],
  ])('"%s" → %s', (text, claimant) => {
    expect(claims(text).map((c) => c[3])).toEqual([claimant]);
  });

  it.each([
    ['There were protests in five other towns on Friday, with crowds estimated at 1,800 by organisers.', 'organisers'],
    ['Turnout was put at 30,000 by the interior ministry, a figure the union disputed.', 'the interior ministry'],
    ['The crowd, estimated at 4,500 by local police, filled the avenue.', 'local police'],
    // negative: "at least" after the verb is the active voice; "by noon" says when, not who
    ['Police estimated at least 5,000 people marched.', 'Police'],
    ['Organisers said the crowd was estimated at 2,000 by noon.', 'Organisers'],
  ])('a passive estimate\'s agent after the figure: "%s" → %s', (text, claimant) => {
    expect(claims(text).map((c) => c[3])).toEqual([claimant]);
  });

  it.each([['— Some 2,000 people rallied in the square.']])('"%s" → the publisher', (text) => {
    expect(claims(text).map((c) => c[3])).toEqual([null]);
  });
});

describe('depiction-no-claimant: a video or a photo that shows people gives no figure', () => {
  it.each([
    ['A video posted on social media by the group showed two activists climbing on stage holding a sign.', null],
    ['Footage showed hundreds of protesters marching through the square.', null],
    // negative: a source that posts or says a count keeps it
    ['A police spokesman posted that 5,000 people marched.', 'A police spokesman'],
    ['Organisers said 40,000 people took part in the protest.', 'Organisers'],
  ])('"%s" → %s', (text, claimant) => {
    expect(claims(text).map((c) => c[3])).toEqual([claimant]);
  });
});
