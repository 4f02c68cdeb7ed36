import { addDays, mondayOf } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { dayMentionsByPassage } from './dayMentions.js';
import { DAY_BEFORE_HAPPENING, HAPPENING_DETERMINER } from '../constants.js';

/**
 * `dated-happening`: "arrested the day after the Dec. 30 shooting", "the night before his March 3 hearing": a
 * day counted from a happening whose date is written right there, so from that date, not from the day
 * before nor from publication.
 */
export const datedHappening: DateResolver = {
  name: 'dated-happening',
  reason: 'A day counted from a happening whose date is written with it ("the day after the Dec. 30 shooting") is counted from that date.',
  resolve({ passages, mentions }) {
    const byPassage = dayMentionsByPassage(mentions);
    const found: DateMention[] = [];
    for (const passage of passages) {
      const days = byPassage.get(passage.id);
      if (!days || passage.kind !== 'body') continue;
      for (const m of passage.text.matchAll(DAY_BEFORE_HAPPENING)) {
        const end = m.index + m[0].length;
        const determiner = HAPPENING_DETERMINER.exec(passage.text.slice(end));
        const date = determiner && days.find((d) => d.start === passage.start + end + determiner[0].length);
        if (!date) continue;
        const unit = m[1]!.toLowerCase();
        const day = addDays(date.date, (unit === 'week' ? 7 : 1) * (/^after$/i.test(m[2]!) ? 1 : -1));
        found.push({
          passageId: passage.id,
          start: passage.start + m.index,
          end: passage.start + end,
          text: m[0],
          date: unit === 'week' ? mondayOf(day) : day,
          precision: unit === 'week' ? 'week' : 'day',
          basis: 'event',
        });
      }
    }
    return found;
  },
};
