import type { Article } from '../../../../../corpus/types.js';
import type { Passage } from '../../../../../passages/types.js';
import type { DateMention } from '../../../../dates/types.js';
import type { CrowdClaimFound } from '../../../types.js';
import { gatheringWords } from '../gathering.js';
import type { Rule } from '../../../../core/rules.js';
import type { ArticleIndex } from './articleIndex.js';
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

/** The mentions coarser than a day (a week, a month, a year) of each passage. */
export function periodMentions(dates: DateMention[]): Map<string, DateMention[]> {
  const byPassage = new Map<string, DateMention[]>();
  for (const d of dates) {
    if (d.precision === 'day') continue;
    const list = byPassage.get(d.passageId) ?? [];
    list.push(d);
    byPassage.set(d.passageId, list);
  }
  return byPassage;
}

/** The mention nearest `at`; on a tie, the first in `mentions`. */
export function nearest(mentions: DateMention[], at: number): DateMention | undefined {
  return closest(mentions, (d) => Math.abs(d.start - at));
}

/** The item of least `distance` (the first on a tie): one pass, not a sort, since it runs once per claim. */
function closest<T>(items: T[], distance: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const d = distance(item);
    if (d < bestDistance) [best, bestDistance] = [item, d];
  }
  return best;
}

/**
 * The day in a claim's own sentence nearest the figure or a gathering word: in "on the anniversary of the
 * January 3 killing, thousands marched on Friday" the march is on Friday.
 */
export function nearestToGathering(mentions: DateMention[], claim: CrowdClaimFound, passage: Passage): DateMention | undefined {
  const anchors = [claim.start, claim.end];
  for (const w of gatheringWords(passage.text)) anchors.push(passage.start + w.index, passage.start + w.index + w.text.length);
  const distance = (d: DateMention) => Math.min(...anchors.map((a) => Math.min(Math.abs(d.start - a), Math.abs(d.end - a))));
  return closest(mentions, distance);
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
  /** The article's paragraphs and gathering sentences, indexed once for all its claims. */
  index: ArticleIndex;
  byPassage: Map<string, DateMention[]>;
  article: Article | undefined;
}

/** A way of dating a claim's gathering; the first rule that gives a date decides. */
export interface DatingRule extends Rule {
  date(input: DatingInput): [string | null, DateSource] | undefined;
}

/** The day-precise dates of the passages `ps`. */
export const days = (byPassage: Map<string, DateMention[]>, ps: Passage[]) => ps.flatMap((p) => byPassage.get(p.id) ?? []);
/** The passages of the claim's paragraph. */
export const paragraphOf = ({ index, passage }: DatingInput) => index.paragraph(passage.paragraph);
