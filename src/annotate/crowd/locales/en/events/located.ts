import type { Article } from '../../../../../corpus/types.js';
import type { Passage } from '../../../../../passages/types.js';
import type { DateMention } from '../../../../dates/types.js';
import type { Rule } from '../../../../core/rules.js';
import type { CrowdClaimFound, CrowdPlace } from '../../../types.js';

/** Where a claim's date comes from: its sentence, its paragraph, its article's gathering sentences, publication, a year. */
export type DateSource = 'passage' | 'paragraph' | 'article' | 'published' | 'none' | 'year';

/** Dates the text itself gives for the gathering (not publication's). */
export const STRONG: DateSource[] = ['passage', 'paragraph', 'article'];

/** A claim with the day and place of its gathering, as the event rules read it. */
export interface Located {
  claim: CrowdClaimFound;
  passage: Passage;
  date: string | null;
  dateSource: DateSource;
  place: CrowdPlace | null;
  /**
   * The claim's own clause times its gathering on a day the text does not give ("two days after the attacks",
   * "later in the week"): left undated, it joins no other undated claim of its article but those of its sentence.
   */
  apart?: boolean;
}

/** What the event rules know of the corpus, built once. */
export interface EventCorpus {
  passageById: Map<string, Passage>;
  articleById: Map<string, Article>;
  passagesOfArticle: Map<string, Passage[]>;
  /** The day-precise dates of each passage that are not a date naming another happening. */
  byPassage: Map<string, DateMention[]>;
  /** The week-, month- and year-precise dates of each passage ("last year", "in March", "last week"). */
  periodsByPassage: Map<string, DateMention[]>;
  /** Places the corpus writes as "in Inner, Outer": Outer contains Inner. */
  containers: Map<string, Set<string>>;
  /** Place names the corpus writes after a place preposition, folded. */
  placeNames: Set<string>;
  /** The place keys each article writes (./articlePlaces.ts): two articles that write places, none in common, tell no one gathering. */
  placesOfArticle: Map<string, Set<string>>;
}

/** A rule that corrects where claims were located, before they are grouped; it may read the corpus's passages. */
export interface LocateRule extends Rule {
  apply(located: Located[], corpus: EventCorpus): void;
}

/** A locate rule that corrects each claim on its own, whatever the others say. */
export function eachLocated(rule: Rule & { correct(l: Located): void }): LocateRule {
  return { name: rule.name, reason: rule.reason, apply: (located) => located.forEach((l) => rule.correct(l)) };
}

/** A rule over one day's gatherings (the first rule gets the whole day as one group); the day's rules run in order. */
export interface DayRule extends Rule {
  apply(groups: Located[][], corpus: EventCorpus): Located[][];
}

/** A rule over every gathering found: which groups are one gathering after all. */
export interface GroupRule extends Rule {
  apply(groups: Located[][], corpus: EventCorpus): Located[][];
}

/** Whether any of `a` is in `b`: two places share a key word. */
export function sharesKey(a: string[], b: Set<string>): boolean {
  return a.some((k) => b.has(k));
}

/**
 * Copies to each located claim the day (and, unless `placeOf` gives one, the place) of the claim it is
 * related to, as `relatedOf` tells: reading the located claims as they are when the rule runs.
 */
export function takeFromRelated(located: Located[], relatedOf: (claim: CrowdClaimFound) => { claim: CrowdClaimFound; place?: CrowdPlace } | undefined): void {
  const locatedOf = new Map<CrowdClaimFound, Located>(located.map((l) => [l.claim, l]));
  for (const l of located) {
    const related = relatedOf(l.claim);
    const of = related && locatedOf.get(related.claim);
    if (of) Object.assign(l, { date: of.date, dateSource: of.dateSource, place: related.place ?? of.place, apart: of.apart });
  }
}
