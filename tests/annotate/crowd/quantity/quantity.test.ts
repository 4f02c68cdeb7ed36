import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCrowdClaims, findQuantities } from '../../../../src/annotate/crowd/index.js';
import { sentence } from '../../../support/annotate.js';

const quantities = (text: string) => findQuantities(text).map((q) => [text.slice(q.start, q.end), q.low, q.high, q.vague]);

const claims = (text: string) => findCrowdClaims(sentence(text)).map((c) => ({ text: c.text, low: c.low, high: c.high, claimant: c.claimant }));

describe('quantity phrases', () => {
  it.each([
    ['500,000 people', '500,000', 500_000, 500_000, false],
    ['2.5 million people', '2.5 million', 2_500_000, 2_500_000, false],
    ['1.5m people', '1.5m', 1_500_000, 1_500_000, false],
    ['two million people', 'two million', 2_000_000, 2_000_000, false],
    ['twenty-five thousand marchers', 'twenty-five thousand', 25_000, 25_000, false],
    ['one and a half million people', 'one and a half million', 1_500_000, 1_500_000, false],
    ['half a million people', 'half a million', 500_000, 500_000, false],
    ['three-quarters of a million people', 'three-quarters of a million', 750_000, 750_000, false],
    ['a quarter to a half a million Iraqis', 'a quarter to a half a million', 250_000, 500_000, false],
    ['5,000 to 10,000 people', '5,000 to 10,000', 5_000, 10_000, false],
    ['5,000-10,000 people', '5,000-10,000', 5_000, 10_000, false],
    ['between two and three million', 'between two and three million', 2_000_000, 3_000_000, false],
    ['3 or 4 thousand people', '3 or 4 thousand', 3_000, 4_000, false],
    ['dozens of people', 'dozens', 24, 24, true],
    ['hundreds of people', 'hundreds', 200, 200, true],
    ['thousands of people', 'thousands', 2_000, 2_000, true],
    ['tens of thousands of people', 'tens of thousands', 20_000, 20_000, true],
    ['Hundreds of thousands of people', 'Hundreds of thousands', 200_000, 200_000, true],
    ['millions of people', 'millions', 2_000_000, 2_000_000, true],
    ['several hundred thousand people', 'several hundred thousand', 300_000, 300_000, true],
    ['a few hundred people', 'a few hundred', 300, 300, true],
    ['thousands or tens of thousands', 'thousands or tens of thousands', 2_000, 20_000, true],
    ['more than 2.5 million', 'more than 2.5 million', 2_500_000, null, false],
    ['at least 40,000', 'at least 40,000', 40_000, null, false],
    ['10,000 or more', '10,000 or more', 10_000, null, false],
    ['about 20,000', 'about 20,000', 20_000, 20_000, false],
    ['up to 10,000', 'up to 10,000', 10_000, 10_000, false],
    ['as many as 8,000', 'as many as 8,000', 8_000, 8_000, false],
    ['nearly 300', 'nearly 300', 300, 300, false],
    ['fewer than 500', 'fewer than 500', 0, 500, false],
    ['no more than 300', 'no more than 300', 0, 300, false],
    ['About a dozen owners', 'About a dozen', 12, 12, false],
    ['somewhere between 20,000 and 50,000', 'somewhere between 20,000 and 50,000', 20_000, 50_000, false],
    ['anywhere from 5,000 to 10,000 people', 'anywhere from 5,000 to 10,000', 5_000, 10_000, false],
    // negative: "somewhere" before no figure is no hedge
    ['somewhere in the square 300 people', '300', 300, 300, false],
    ['half a dozen people', 'half a dozen', 6, 6, false],
    ['a crowd of several dozen', 'several dozen', 36, 36, true],
    ['a few dozen protesters', 'a few dozen', 36, 36, true],
  ])('%s', (text, written, low, high, vague) => {
    expect(quantities(text)[0]).toEqual([written, low, high, vague]);
  });

  it('finds nothing in words that are also names of object properties', () => {
    expect(quantities('constructor toString hasOwnProperty __proto__ valueOf of people')).toEqual([]);
    expect(quantities('two constructor people')[0]).toEqual(['two', 2, 2, false]);
  });

  it('ignores percentages, money, dates and clock times', () => {
    expect(quantities('25% of Americans')).toEqual([]);
    expect(quantities('$5 million in aid')).toEqual([]);
    expect(quantities('a 5 percent rise')).toEqual([]);
    expect(quantities('after a Dec. 31 attack')).toEqual([]);
    expect(quantities('on January 3')).toEqual([]);
    expect(quantities('Updated 22:10')).toEqual([]);
    expect(quantities('a walkout on April 17 at 10 a.m.')).toEqual([]);
    expect(quantities("doors open at 9pm, and 7 p.m. or 10 o'clock")).toEqual([]);
    // negative: a word that only begins like a clock suffix
    expect(quantities('about 10 amateurs')[0]).toEqual(['about 10', 10, 10, false]);
    expect(quantities('the "million man" protest march')).toEqual([]);
    // negative: "dozen" with no "a" before it, or a word that only begins like it
    expect(quantities('the dozen eggs, a dozenth')).toEqual([]);
    expect(quantities('they called it the March of a Million Mothers')).toEqual([]);
    // negative: a capital opening a sentence or in a title-case headline is a count
    expect(quantities('Thousands marched')[0]).toEqual(['Thousands', 2000, 2000, true]);
    expect(quantities('Over Two Million March in Lisbon')[0]).toEqual(['Over Two Million', 2_000_000, null, false]);
  });

  it('reads a figure no day or year is written as beside a month word as a count (a headline verb "march", "may")', () => {
    expect(quantities('40,000 march against Minutemen in Chicago')[0]).toEqual(['40,000', 40_000, 40_000, false]);
    expect(quantities('500 March on City Hall')[0]).toEqual(['500', 500, 500, false]);
    expect(quantities('Up to 1,000 may be trapped in the parish')[0]).toEqual(['Up to 1,000', 1_000, 1_000, false]);
    // negative: a day or a year beside the month is a date
    expect(quantities('31 March 1959')).toEqual([]);
    expect(quantities('on 14 March')).toEqual([]);
    expect(quantities('in March 2008')).toEqual([]);
    expect(quantities('on March 4')).toEqual([]);
  });

  it('reads no count in digits joined by a slash (a date, a name, a fraction)', () => {
    expect(quantities('Well before 9/11 McCain advocated a new doctrine.')).toEqual([]);
    expect(quantities('who leased the complex six weeks before 9/11 , gave up rights')).toEqual([['six', 6, 6, false]]);
    expect(quantities('open 24/7 to 5,000 people')).toEqual([['5,000', 5_000, 5_000, false]]);
    // negative: a slash with spaces between two counts keeps both
    expect(quantities('between 500 / 600 people').map((q) => q[0])).toEqual(['500', '600']);
  });

  it('reads a figure of dozens as twelve times it', () => {
    expect(quantities('about three dozen supporters')[0]).toEqual(['about three dozen', 36, 36, false]);
    expect(quantities('two dozen people')[0]).toEqual(['two dozen', 24, 24, false]);
    // negative: a dozen, half a dozen and a vague "several dozen" keep their readings
    expect(quantities('a dozen people')[0]).toEqual(['a dozen', 12, 12, false]);
    expect(quantities('half a dozen people')[0]).toEqual(['half a dozen', 6, 6, false]);
    expect(quantities('several dozen protesters')[0]).toEqual(['several dozen', 36, 36, true]);
  });
});

describe('crowd claims in a sentence', () => {
  it('tells police from organisers in one sentence', () => {
    expect(claims('According to police, 5,000 people marched, while organisers said 20,000 attended.')).toEqual([
      { text: '5,000', low: 5_000, high: 5_000, claimant: 'police' },
      { text: '20,000', low: 20_000, high: 20_000, claimant: 'organisers' },
    ]);
    expect(claims('Thousands marched through the city centre, police said.')).toEqual([{ text: 'Thousands', low: 2_000, high: 2_000, claimant: 'police' }]);
    expect(claims('The crowd, which police estimated at 10,000, filled the square.')).toEqual([
      { text: '10,000', low: 10_000, high: 10_000, claimant: 'police' },
    ]);
    expect(claims('A crowd of some 30,000 gathered, said Maria Lopes, a spokeswoman for the organisers.')).toEqual([
      { text: 'some 30,000', low: 30_000, high: 30_000, claimant: 'Maria Lopes, a spokeswoman for the organisers' },
    ]);
  });

  it('reads figures put on a crowd, passive estimates and closing attributions', () => {
    expect(claims('Organizers estimated the crowd at 1 million, while police put it at 200,000.')).toEqual([
      { text: '1 million', low: 1_000_000, high: 1_000_000, claimant: 'Organizers' },
      { text: '200,000', low: 200_000, high: 200_000, claimant: 'police' },
    ]);
    expect(claims('More than 1 million people took to the streets on Sunday, organizers said, while police said 240,000 were there at the peak.')).toEqual([
      { text: 'More than 1 million', low: 1_000_000, high: null, claimant: 'organizers' },
      { text: '240,000', low: 240_000, high: 240_000, claimant: 'police' },
    ]);
    expect(claims('The crowd was estimated by police at 30,000.')).toEqual([{ text: '30,000', low: 30_000, high: 30_000, claimant: 'police' }]);
    expect(claims('Turnout was estimated at 30,000.')).toEqual([{ text: '30,000', low: 30_000, high: 30_000, claimant: null }]);
    expect(claims('A 10,000-strong crowd filled the square.')).toEqual([{ text: '10,000', low: 10_000, high: 10_000, claimant: null }]);
    // A later clause saying something else does not make its speaker the source of the figure.
    expect(claims('Thousands marched, and organisers said the government must resign.')).toEqual([
      { text: 'Thousands', low: 2_000, high: 2_000, claimant: null },
    ]);
  });

  it('counts people at a gathering, not troops, casualties, arrests, vehicles or years', () => {
    for (const text of [
      'Around 5,200 U.S. troops are in Iraq.',
      'The Pentagon sent 3,000 troops to the region after the protest.',
      'Airstrikes killed at least 24 members of the militia before the march.',
      'Police arrested 12 protesters near the parliament.',
      'Two protesters were injured when a barrier collapsed.',
      'Organisers chartered 300 buses for the rally.',
      'The protest movement began in 2019.',
      'About two hours into the rally, protesters began to leave.',
      'Some 2 million Iraqis live abroad.',
      'The "million man" protest march was organized by a cleric.',
      'Dozens were arrested after the march.',
      'Some 300 people were killed in the protests.',
      'Thousands of police were deployed for the rally.',
      'He said 3 people were killed at the rally.',
      'KESTREL BAY, March 3 (Wirepoint) - About 4,000 residents left their homes after the river burst its banks.',
      'Since March, some 2,000 residents have moved away.',
      'The number of troops at the protest was 5,000.',
      'Some 40 people were arrested and 12 injured during the protest.',
    ]) {
      expect(claims(text), text).toEqual([]);
    }
  });

  it('reads ranges put on a crowd, figures for "the number", and roles after "according to"', () => {
    expect(claims('Estimates of the crowd ranged from 50,000 to 100,000.')).toEqual([
      { text: 'from 50,000 to 100,000', low: 50_000, high: 100_000, claimant: null },
    ]);
    expect(claims('Police estimated that 5,000 protesters had gathered, though organisers said the number was closer to 15,000.')).toEqual([
      { text: '5,000', low: 5_000, high: 5_000, claimant: 'Police' },
      { text: 'closer to 15,000', low: 15_000, high: 15_000, claimant: 'organisers' },
    ]);
    expect(claims('An estimated 1.7 million people, according to organisers, took part.')).toEqual([
      { text: 'An estimated 1.7 million', low: 1_700_000, high: 1_700_000, claimant: 'organisers' },
    ]);
    expect(claims('The demonstration, which organisers said was attended by 300,000 people, ended peacefully.')).toEqual([
      { text: '300,000', low: 300_000, high: 300_000, claimant: 'organisers' },
    ]);
  });

  it('attributes a figure inside a quotation to its speaker', () => {
    expect(claims('“More than a million people came out today,” said Ana Costa, a spokeswoman for the union.')).toEqual([
      { text: 'More than a million', low: 1_000_000, high: null, claimant: 'Ana Costa, a spokeswoman for the union' },
    ]);
    expect(claims('"Some 50,000 marchers filled the avenue," the organisers said.')).toEqual([
      { text: 'Some 50,000', low: 50_000, high: 50_000, claimant: 'the organisers' },
    ]);
  });

  it('reads past a determiner and a possessive to the people counted', () => {
    expect(claims("Tens of thousands of the cleric's supporters rallied in the square.")).toEqual([
      { text: 'Tens of thousands', low: 20_000, high: 20_000, claimant: null },
    ]);
    expect(claims('Hundreds of the 3,000 troops stationed there left.')).toEqual([]);
  });

  it('tells the month March from a march', () => {
    expect(claims('In March, thousands marched through the capital.')).toEqual([{ text: 'thousands', low: 2_000, high: 2_000, claimant: null }]);
    expect(claims('Some 3,000 residents joined the Climate March on Saturday.')).toEqual([{ text: 'Some 3,000', low: 3_000, high: 3_000, claimant: null }]);
  });

  it('needs a gathering for plain people, but protesters are one already', () => {
    expect(claims('Some 2 million Iraqis live abroad.')).toEqual([]);
    expect(claims('About 2,000 protesters blocked the road.')).toEqual([{ text: 'About 2,000', low: 2_000, high: 2_000, claimant: null }]);
  });
});

describe('any text', () => {
  it('never throws, and every claim is the passage text at its offsets', () => {
    const pieces = [
      ' ',
      ', ',
      '. ',
      'thousands',
      'of',
      'people',
      'protesters',
      'marched',
      'crowd',
      'reached',
      'more than',
      'fewer than',
      'between',
      'and',
      'to',
      '-',
      '5,000',
      '2.5',
      'million',
      'a',
      'half',
      'quarter',
      'police',
      'said',
      'according to',
      '“',
      '”',
      '%',
      '$',
      'killed',
      'Iraqis',
      'in',
      'Baghdad',
      ':',
      '12',
      'or more',
      'tens',
      'hundreds',
      'dozens',
      'the',
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        for (const q of findQuantities(text)) {
          expect(q.start).toBeLessThan(q.end);
          expect(q.low).toBeLessThanOrEqual(q.high ?? Infinity);
        }
        for (const c of findCrowdClaims(sentence(text))) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.low).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
