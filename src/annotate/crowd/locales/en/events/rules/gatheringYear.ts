import { eachLocated } from '../located.js';
import { gatheringYear as yearOfGathering } from '../year.js';

export const gatheringYear = eachLocated({
  name: 'gathering-year',
  reason:
    'A figure about a gathering the text dates to a year ("about 2 million fans had attended a 2005 parade") is about a gathering of that year, unless the day found is in it.',
  correct(l) {
    const year = yearOfGathering(l.passage, l.claim);
    if (year !== null && l.date?.slice(0, 4) !== String(year)) [l.date, l.dateSource] = [`${year}-01-01`, 'year'];
  },
});
