import { addDays, mondayOf, weekdayOf } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { BARE_WEEKDAY } from '../constants.js';
import { leadPassages } from './leadPassages.js';

/**
 * `story-week`: a report whose lead (its first sentences) gives "last week" as its first date ("Student walkouts
 * spread across the country last week", "people gathered in Barcelona last week", as a weekly opens) tells that week; a weekday it then
 * names alone and tells as done ("On Thursday, a march drew 100,000") is that week's, not the one of the
 * publication's own week that the news convention would take. Weekdays read as ahead, or with a modifier
 * ("last Thursday"), and reports that open on a day, keep their reading.
 */

export const storyWeek: DateResolver = {
  name: 'story-week',
  reason:
    'A report whose lead opens on "last week" tells that week, so a weekday it names alone as done is that week\'s, not one of the publication\'s own week.',
  resolve({ passages, mentions, published }) {
    const articleOf = new Map(passages.map((p) => [p.id, p.articleId]));
    const body = new Set(passages.filter((p) => p.kind === 'body').map((p) => p.id));
    const lead = leadPassages(passages);
    const byArticle = new Map<string, DateMention[]>();
    for (const m of mentions) {
      if (!body.has(m.passageId)) continue;
      const article = articleOf.get(m.passageId)!;
      byArticle.set(article, [...(byArticle.get(article) ?? []), m]);
    }
    const found: DateMention[] = [];
    for (const [article, list] of byArticle) {
      const pub = published(article);
      const first = list[0];
      if (!pub || !first) continue;
      const ownWeek = mondayOf(pub);
      const storyMonday = addDays(ownWeek, -7);
      if (!lead.has(first.passageId) || first.precision !== 'week' || first.basis !== 'publication' || first.date !== storyMonday) continue;
      for (const m of list) {
        if (m.precision !== 'day' || m.basis !== 'publication' || !BARE_WEEKDAY.test(m.text) || m.date < ownWeek || m.date > pub) continue;
        found.push({ ...m, rules: [], date: addDays(storyMonday, (weekdayOf(m.date) + 6) % 7) });
      }
    }
    return found;
  },
};
