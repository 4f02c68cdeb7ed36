import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/annotate/dates/index.js';

const days = (text: string, published: string) => findDates(text, published).filter((d) => d.precision === 'day');
const dates = (text: string, published: string) => days(text, published).map((d) => `${d.text}=${d.date}`);
const rulesOf = (text: string, published: string) => days(text, published).map((d) => d.rules ?? []);

/** [sentence (real reporting: Reuters-21578 development stories, one 2008 and one 2024 page), published, what is found] */
type Row = [string, string, string[]];

const COMING: Row[] = [
  [
    'In Campinas, 100 km northwest of Sao Paulo, about 5,000 bank workers voted to strike on March 24 unless their demand for 100 pct pay rises is met.',
    '1987-03-16',
    ['March 24=1987-03-24'],
  ],
  ['The employers said they could not proceed until a final ruling on May 7.', '1987-03-17', ['May 7=1987-05-07']],
  ['A spokesman declined to say whether the company was confident of reaching a new agreement before April 30.', '1987-03-17', ['April 30=1987-04-30']],
  ['Choudhury said the development tax from the budget, which is for fiscal 1987/88 starting July 1, had been dropped.', '1987-06-29', ['July 1=1987-07-01']],
];

const NOT_COMING: Row[] = [
  // a day after "since", a day that names a thing known once done: behind, however near the own year's is
  ['He has not been seen in public since Oct. 7, officials said.', '2024-08-06', ['Oct. 7=2023-10-07']],
  ['Sinwar was the mastermind behind the Oct. 7 attack on Israel, the group said.', '2024-08-06', ['Oct. 7=2023-10-07']],
  // the date's own verb in the past, a phrasal one too: the happening is behind (an offer's "from April 1" is read so too)
  ['The crews struck on Dec. 30.', '2024-12-18', ['Dec. 30=2023-12-30']],
  ['The union urged restraint, and members walked out on August 2.', '2006-07-14', ['August 2=2005-08-02']],
  [
    'Engineering employers in northern German offered IG Metall a 2.7 pct rise in wages from April 1 and a further 1.5 pct from July next year, the union said.',
    '1987-03-11',
    ['April 1=1986-04-01'],
  ],
  // the own year's day more than eight weeks ahead: a day of the year before, told in the past
  ['The strike began on June 20 and ended two weeks later, the union said.', '1987-03-17', ['June 20=1986-06-20']],
  // the tense looks ahead to the year after: a fiscal year's end the text dates by its own years
  [
    "The LDP's failure to win seats in some crucial local constituencies will weaken the government's ability to push through its tax plan, and without a compromise tax proposal the budget for fiscal 1987/88 ending March 31 is unlikely to be passed soon, they said.",
    '1987-04-13',
    ['March 31=1988-03-31'],
  ],
  // a day already behind publication, and a day written with its year, are as before
  ['The strikes started January 19 in protest at planned redundancies, the union said.', '1987-03-02', ['January 19=1987-01-19']],
  ['Dome expects its total debt to reach 6.4 billion dlrs by June 30, 1987.', '1987-03-13', ['June 30, 1987=1987-06-30']],
];

describe('current-year: a year-less day within eight weeks ahead is of the own year, though the telling is past', () => {
  it('reads the coming day, and says the rule fired', () => {
    for (const [text, published, want] of COMING) {
      expect(dates(text, published), text).toEqual(want);
      expect(rulesOf(text, published).flat(), text).toContain('current-year');
    }
  });
  it('keeps the tense’s day where the text says the day is behind or far (negative rows)', () => {
    for (const [text, published, want] of NOT_COMING) {
      expect(dates(text, published), text).toEqual(want);
      expect(rulesOf(text, published).flat(), text).not.toContain('current-year');
    }
  });
});
