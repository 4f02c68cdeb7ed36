import { gatheringWords } from '../../gathering.js';
import type { LocateRule, Located } from '../located.js';

/** Paragraphs back within which the claim before an undated one still tells its happening. */
export const PREVIOUS_CLAIM_REACH = 4;

/**
 * The claim just before `l` in its article (a body sentence's, dated by its own sentence), when no sentence between
 * them gives a day of its own, else undefined.
 */
function previousDatedClaim(l: Located, located: readonly Located[]): Located | undefined {
  let before: Located | undefined;
  for (const o of located) {
    if (o === l || o.claim.articleId !== l.claim.articleId || o.passage.kind !== 'body' || o.claim.start >= l.claim.start) continue;
    if (!before || o.claim.start > before.claim.start) before = o;
  }
  if (!before || before.dateSource !== 'passage' || before.passage.paragraph < l.passage.paragraph - PREVIOUS_CLAIM_REACH) return undefined;
  return before;
}

export const previousClaimDay: LocateRule = {
  name: 'previous-claim-day',
  reason:
    'A claim whose sentence and paragraph give no day and no place and whose sentence names no gathering ("About 40 students held up signs demanding that Kerrey resign"; not "At a vigil of 250 people"), told a few paragraphs after a claim its own sentence dates ("On December 4, 1,000 people came to grill Kerrey"), with no day written between, goes on about that happening: it takes that day, not the day the rest of the article names most (a round-up\'s other gatherings).',
  apply(located, corpus) {
    for (const l of located) {
      if (l.dateSource !== 'article' || l.passage.kind !== 'body' || l.place?.keys.length) continue;
      // "At a vigil of 250 people, …": a sentence naming a gathering tells one of its own
      if (gatheringWords(l.passage.text).length) continue;
      const passages = corpus.passagesOfArticle.get(l.claim.articleId) ?? [];
      const before = previousDatedClaim(l, located);
      if (!before || before.date === l.date) continue;
      // a day written between them opens another happening
      const between = passages.filter((p) => p.start > before.passage.start && p.start < l.passage.start);
      if (between.some((p) => (corpus.byPassage.get(p.id) ?? []).length > 0)) continue;
      Object.assign(l, { date: before.date, dateSource: 'paragraph' as const });
    }
  },
};
