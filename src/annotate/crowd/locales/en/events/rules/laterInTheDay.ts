import { tokenize } from '../../../../../core/tokens.js';
import { LATER_IN_DAY_OPENING, REPORT_OPENING, SAME_GATHERING_DETERMINERS } from '../../timeWords.js';
import { GATHERED_NOUNS } from '../../words.js';
import { isGatheringNoun } from '../gatheringNouns.js';
import type { DayRule, EventCorpus, Located } from '../located.js';

/** Passages back from a claim's own that may open its later hour: the opening's sentence and the one after it. */
const OPENING_REACH = 1;

/** Whether a passage goes on telling the gathering before it: "the crowd", "the marchers", "their rally". */
function carriesOn(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, k) => {
    if (k === 0 || !SAME_GATHERING_DETERMINERS.has(tokens[k - 1]!.lower)) return false;
    return isGatheringNoun(t) || GATHERED_NOUNS.has(t.lower);
  });
}

/** Where sentences open in a text: its start, and after a full stop, a question or an exclamation mark (a quote closed). */
const SENTENCE_OPENING = /(?:^|[.!?]["'”’]?\s+)/;

/**
 * The file offset where the later hour of the day a claim belongs to opens, or -1: a sentence opening "Later in the
 * day", "That night" before the claim's figure, in its own passage or the one before it, the text from there to the
 * figure telling no gathering already told ("the crowd").
 */
function laterOpening(l: Located, corpus: EventCorpus): number {
  const article = corpus.passagesOfArticle.get(l.claim.articleId) ?? [];
  const at = article.indexOf(l.passage);
  // "--At the University of Vermont, 250 students turned out": a round-up's next report, told apart by its dash
  if (REPORT_OPENING.test(l.passage.text)) return -1;
  for (let k = at; k >= 0 && k >= at - OPENING_REACH; k--) {
    const p = article[k]!;
    if (p.paragraph < l.passage.paragraph - 1) break;
    const before = k === at ? p.text.slice(0, l.claim.start - p.start) : p.text;
    let opening = -1;
    for (const m of before.matchAll(new RegExp(SENTENCE_OPENING.source, 'g'))) {
      const from = m.index + m[0].length;
      if (LATER_IN_DAY_OPENING.test(before.slice(from))) opening = from;
    }
    if (opening < 0) continue;
    const figure = l.claim.start - l.passage.start;
    const told =
      k === at
        ? p.text.slice(opening, figure)
        : [p.text.slice(opening), ...article.slice(k + 1, at).map((q) => q.text), l.passage.text.slice(0, figure)].join(' ');
    return carriesOn(told) ? -1 : p.start + opening;
  }
  return -1;
}

export const laterInTheDay: DayRule = {
  name: 'later-in-the-day',
  reason:
    'A sentence opening "Later in the day", "That night" or "That evening" moves the story to another gathering of the same day and place ("Some 75 people took part [in the march] … That night, a documentary … was shown to around 100 people"; "the 60 workers … at the press conference. Later in the day, an interfaith service was held … Nearly 100 people came out"): a count in it or the sentence after it is apart from the counts of its article told before it, unless the text goes on with the gathering before ("That evening, the crowd swelled to 5,000").',
  apply: (groups, corpus) =>
    groups.flatMap((group) => {
      const phase = new Map<Located, number>(group.map((l) => [l, laterOpening(l, corpus)]));
      const parts = new Map<string, Located[]>();
      for (const l of group) {
        const p = phase.get(l)!;
        // a later hour is apart only from earlier counts of its own article
        const earlier = p >= 0 && group.some((o) => o !== l && o.claim.articleId === l.claim.articleId && o.claim.start < p);
        const key = earlier ? `${l.claim.articleId}@${p}` : '';
        parts.set(key, [...(parts.get(key) ?? []), l]);
      }
      return [...parts.values()];
    }),
};
