import type { Article } from '../../../../../corpus/types.js';
import type { Passage } from '../../../../../passages/types.js';
import type { DateMention } from '../../../../dates/types.js';
import type { CrowdClaimFound } from '../../../types.js';
import { gatheringWords, isAboutGathering } from '../gathering.js';
import type { Rule } from '../../../../core/rules.js';
import type { DateSource } from './located.js';

/** "the January 3 killing": a date naming another happening, not when the crowd gathered. */
function isAttributiveDate(d: DateMention, passage: Passage | undefined): boolean {
  if (!passage) return false;
  return /\b(?:the|a|an)\s+$/i.test(passage.text.slice(Math.max(0, d.start - passage.start - 6), d.start - passage.start));
}

export function dayMentions(dates: DateMention[], passageById: Map<string, Passage>): Map<string, DateMention[]> {
  const byPassage = new Map<string, DateMention[]>();
  for (const d of dates) {
    if (d.precision !== 'day' || isAttributiveDate(d, passageById.get(d.passageId))) continue;
    const list = byPassage.get(d.passageId) ?? [];
    list.push(d);
    byPassage.set(d.passageId, list);
  }
  return byPassage;
}

function nearest(mentions: DateMention[], at: number): DateMention | undefined {
  return [...mentions].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/**
 * The day in a claim's own sentence nearest the figure or a gathering word: in "on the anniversary of the
 * January 3 killing, thousands marched on Friday" the march is on Friday.
 */
function nearestToGathering(mentions: DateMention[], claim: CrowdClaimFound, passage: Passage): DateMention | undefined {
  const anchors = [claim.start, claim.end];
  for (const w of gatheringWords(passage.text)) anchors.push(passage.start + w.index, passage.start + w.index + w.text.length);
  const distance = (d: DateMention) => Math.min(...anchors.map((a) => Math.min(Math.abs(d.start - a), Math.abs(d.end - a))));
  return [...mentions].sort((a, b) => distance(a) - distance(b))[0];
}

export function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** One claim as the dating rules read it: its passage, its article's passages, the corpus's days. */
export interface DatingInput {
  claim: CrowdClaimFound;
  passage: Passage;
  sameArticle: Passage[];
  byPassage: Map<string, DateMention[]>;
  article: Article | undefined;
}

/** A way of dating a claim's gathering; the first rule that gives a date decides. */
export interface DatingRule extends Rule {
  date(input: DatingInput): [string | null, DateSource] | undefined;
}

const days = (byPassage: Map<string, DateMention[]>, ps: Passage[]) => ps.flatMap((p) => byPassage.get(p.id) ?? []);
const paragraphOf = ({ sameArticle, passage }: DatingInput) => sameArticle.filter((p) => p.paragraph === passage.paragraph);

export const sentenceDay: DatingRule = {
  name: 'sentence-day',
  reason: "A day in the claim's own sentence, the one nearest the figure or a gathering word, is the gathering's.",
  date: ({ claim, passage, byPassage }) => {
    const own = byPassage.get(passage.id);
    return own?.length ? [nearestToGathering(own, claim, passage)!.date, 'passage'] : undefined;
  },
};

export const paragraphGatheringDay: DatingRule = {
  name: 'paragraph-gathering-day',
  reason: "Else a day in the paragraph's sentences about a gathering, the one nearest the figure.",
  date: (input) => {
    const found = days(
      input.byPassage,
      paragraphOf(input).filter((p) => isAboutGathering(p.text)),
    );
    return found.length ? [nearest(found, input.claim.start)!.date, 'paragraph'] : undefined;
  },
};

export const articleGatheringDay: DatingRule = {
  name: 'article-gathering-day',
  reason: 'Else the day the article\'s sentences about a gathering name most often ("the march on Friday"), before a day of a briefing in the paragraph.',
  date: ({ sameArticle, byPassage }) => {
    const usual = mostFrequent(
      days(
        byPassage,
        sameArticle.filter((p) => isAboutGathering(p.text)),
      ).map((d) => d.date),
    );
    return usual ? [usual, 'article'] : undefined;
  },
};

export const paragraphDay: DatingRule = {
  name: 'paragraph-day',
  reason: 'Else any day the paragraph gives ("a spokesperson told reporters on Tuesday"), the one nearest the figure.',
  date: (input) => {
    const found = days(input.byPassage, paragraphOf(input));
    return found.length ? [nearest(found, input.claim.start)!.date, 'paragraph'] : undefined;
  },
};

export const publicationDay: DatingRule = {
  name: 'publication-day',
  reason: "Else the article's publication date: a report tells of its own day unless it says otherwise.",
  date: ({ article }) => (article?.published ? [article.published, 'published'] : undefined),
};

export const DATING_RULES: readonly DatingRule[] = [sentenceDay, paragraphGatheringDay, articleGatheringDay, paragraphDay, publicationDay];

/** The gathering's day by the first dating rule that gives one; [null, 'none'] when none does. */
export function dateOf(input: DatingInput, rules: readonly DatingRule[] = DATING_RULES): [string | null, DateSource] {
  for (const rule of rules) {
    const found = rule.date(input);
    if (found) return found;
  }
  return [null, 'none'];
}
