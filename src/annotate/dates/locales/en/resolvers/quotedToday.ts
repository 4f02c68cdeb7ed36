import { quotationSpans } from '../../../../../passages/sentences.js';
import { addDays } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { TODAY_PHRASE } from '../constants.js';
import { leadPassages } from './leadPassages.js';

import { meansAnEra } from '../parsers/today.js';

/** A mention that is itself a "today" of the sentence, not a day it tells. */
const TODAY_WORD = new RegExp(`^(?:${TODAY_PHRASE.source})$`, 'i');

/**
 * `quoted-today`: a report that opens on the day before its publication ("Some 100 men and women gathered yesterday",
 * "the Raptors beat the Nets on Sunday" in Monday's paper) quotes what was said at that day's happening: a speaker's
 * "today", "tonight", "this afternoon" inside a quotation is that day, the day they spoke ("I had to take it out today,
 * to honor her memory", "I think with a win today, our players grew up"), not the publication's. Only inside a
 * quotation (the report's own "tonight" is its publication day's) and only when the lead names the day before
 * publication ("Bhutto, killed on Dec. 27 … mourners gathered yesterday"), and not in a sentence, or just after one of
 * its paragraph, that tells another day ("said at a press conference on Saturday night. "There's blood on many hands
 * tonight…"": the speaker's own day); "today" meaning the present era ("the world today is") is no day.
 */
export const quotedToday: DateResolver = {
  name: 'quoted-today',
  reason:
    'A report that opens on the day before its publication quotes what was said that day: a "today" or "tonight" inside a quotation is the day of the happening, not the publication day.',
  resolve({ passages, mentions, published }) {
    const lead = leadPassages(passages);
    const articleOf = new Map(passages.map((p) => [p.id, p.articleId]));
    // The day before publication, for an article whose lead names it ("yesterday", "on Sunday" in Monday's paper).
    const storyDay = new Map<string, string>();
    for (const m of mentions) {
      const article = articleOf.get(m.passageId);
      const pub = article ? published(article) : null;
      if (!article || !pub || !lead.has(m.passageId) || m.precision !== 'day' || m.basis !== 'publication') continue;
      if (m.date === addDays(pub, -1)) storyDay.set(article, m.date);
    }
    // A sentence that tells its own day ("said at a press conference on Saturday night") says when the speaker spoke.
    const otherDay = new Set<string>();
    for (const m of mentions) {
      const article = articleOf.get(m.passageId);
      if (article && m.precision === 'day' && !TODAY_WORD.test(m.text) && m.date !== storyDay.get(article)) otherDay.add(m.passageId);
    }
    const found: DateMention[] = [];
    for (const [i, p] of passages.entries()) {
      const day = storyDay.get(p.articleId);
      const before = passages[i - 1];
      const toldBefore = !!before && before.articleId === p.articleId && before.paragraph === p.paragraph && otherDay.has(before.id);
      if (!day || p.kind !== 'body' || otherDay.has(p.id) || toldBefore) continue;
      const quotes = quotationSpans(p.text);
      for (const match of p.text.matchAll(TODAY_PHRASE)) {
        const phrase = match[0].trim();
        const start = match.index;
        const end = start + phrase.length;
        if (!quotes.some((q) => q.start < start && end < q.end) || meansAnEra(p.text, start, end, phrase)) continue;
        found.push({ passageId: p.id, start: p.start + start, end: p.start + end, text: phrase, date: day, precision: 'day', basis: 'context', rules: [] });
      }
    }
    return found;
  },
};
