import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/annotate/dates/index.js';
import { weekdayOf } from '../../../src/annotate/dates/calendar.js';

const dates = (text: string, published: string) => findDates(text, published).map((d) => `${d.text}=${d.date}`);

// Monday 23 September 2013 unless a row says otherwise.
const MONDAY = '2013-09-23';

/** [sentence (real reporting, a few shortened), published, what is found] */
type Row = [string, string, string[]];

const AHEAD: Row[] = [
  ['Avary, who is free on $50,000 bail, faces arraignment Friday.', MONDAY, ['Friday=2013-09-27']],
  ['The swap comes Thursday, with Kimmel traveling to Leno’s studio in Burbank, Calif.', MONDAY, ['Thursday=2013-09-26']],
  ['Obama holds a rally in Columbia Sunday.', MONDAY, ['Sunday=2013-09-29']],
  ['Then, the team departs for a four-game road trip beginning in Phoenix on Thursday.', MONDAY, ['Thursday=2013-09-26']],
  ['As the president prepares to deliver a speech on Tuesday to the UN general assembly, I reflect on my own experience.', MONDAY, ['Tuesday=2013-09-24']],
  ['The trial continues on Tuesday.', '2015-02-27', ['Tuesday=2015-03-03']],
  ['He also wants to return to Toronto for a court hearing Friday.', '2007-11-29', ['Friday=2007-11-30']],
];

const NOT_AHEAD: Row[] = [
  // the weekday names a thing or a source
  ['Nel continues his Friday tactic of leaping from topic to topic.', '2014-05-12', ['Friday=2014-05-09']],
  ['Wolmarans repeats his claim from Friday: he is not a sound expert.', '2014-05-12', ['Friday=2014-05-09']],
  // a verb of saying or being; a past or a plural noun the tagger reads
  ['Police say the bodies were found Sunday.', MONDAY, ['Sunday=2013-09-22']],
  ['He is in hospital after a crash Sunday.', MONDAY, ['Sunday=2013-09-22']],
  ['Peace talks Friday ended without a deal.', MONDAY, ['Friday=2013-09-20']],
  ['A flurry of headlines, thanks largely to a piece linking the announcement on Friday to his films.', MONDAY, ['Friday=2013-09-20']],
  // a headline (no stop), a photograph's caption
  ['Obama holds a rally in Columbia Sunday', MONDAY, ['Sunday=2013-09-22']],
  ['Barack Obama speaks to supporters Tuesday in Nashua (AP Photo/Jim Cole).', '2008-01-09', ['Tuesday=2008-01-08']],
];

describe('present-schedule: a weekday set by a verb of the simple present looks ahead', () => {
  it('reads the coming day', () => {
    expect(weekdayOf(MONDAY)).toBe(1);
    for (const [text, published, want] of AHEAD) expect(dates(text, published), text).toEqual(want);
  });
  it('keeps the latest day for a weekday no such verb sets (negative rows)', () => {
    for (const [text, published, want] of NOT_AHEAD) expect(dates(text, published), text).toEqual(want);
  });
});
