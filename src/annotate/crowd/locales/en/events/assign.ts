import type { Article } from '../../../../../corpus/types.js';
import type { Passage } from '../../../../../passages/types.js';
import { noteRule } from '../../../../core/rules.js';
import type { DateMention } from '../../../../dates/types.js';
import type { CrowdClaimFound, CrowdEventRef } from '../../../types.js';
import { ArticleIndex } from './articleIndex.js';
import { articlePlaceKeys } from './articlePlaces.js';
import { dayMentions, periodMentions, type DatingRule } from './dating.js';
import { DATING_RULES, dateOf } from './datingRules.js';
import { eventRef } from './labels.js';
import { learnContainers, learnPlaceNames } from './learn.js';
import type { DayRule, EventCorpus, GroupRule, LocateRule, Located } from './located.js';
import { placeOf } from './placeOf.js';
import { anchorGathering } from './rules/anchorGathering.js';
import { gatheringYear } from './rules/gatheringYear.js';
import { groupByDay } from './rules/groupByDay.js';
import { headlineJoinsBody } from './rules/headlineJoinsBody.js';
import { laterReport } from './rules/laterReport.js';
import { laterInTheDay } from './rules/laterInTheDay.js';
import { leadingPlace } from './rules/leadingPlace.js';
import { joinedGathering, opposedGathering, supportedGathering } from './rules/opposedGathering.js';
import { meetingApart } from './rules/meetingApart.js';
import { respectivelyPlace } from './rules/respectivelyPlace.js';
import { ownClausePlace } from './rules/ownClausePlace.js';
import { placeAfterFigure } from './rules/placeAfterFigure.js';
import { ownTime } from './rules/ownTime.js';
import { paragraphPlace } from './rules/paragraphPlace.js';
import { partOf } from './rules/partOf.js';
import { paragraphRelativeDay, relativeDay, relativeSpan } from './rules/relativeDay.js';
import { sameGathering } from './rules/sameGathering.js';
import { sectionDay } from './rules/sectionDay.js';
import { previousClaimDay } from './rules/previousClaimDay.js';
import { sectionOpeningDay } from './rules/sectionOpeningDay.js';
import { sectionPlace } from './rules/sectionPlace.js';
import { severalGatherings } from './rules/severalGatherings.js';
import { sizeChangePlace } from './rules/sizeChangePlace.js';
import { splitByPlace } from './rules/splitByPlace.js';
import { undatedByArticle } from './rules/undatedByArticle.js';

/**
 * Which gathering each claim describes. A gathering is a day and a place: claims are dated (./dating.ts)
 * and placed (./placeOf.ts), corrected by the locate rules, grouped by day, split by place by the day
 * rules, then joined across days by the group rules, and each group labelled.
 */
export const LOCATE_RULES: readonly LocateRule[] = [
  anchorGathering,
  relativeSpan,
  relativeDay,
  paragraphRelativeDay,
  gatheringYear,
  ownTime,
  sameGathering,
  partOf,
  ownClausePlace,
  leadingPlace,
  paragraphPlace,
  sectionPlace,
  sectionDay,
  sectionOpeningDay,
  sizeChangePlace,
  respectivelyPlace,
  placeAfterFigure,
  previousClaimDay,
];
export const DAY_RULES: readonly DayRule[] = [
  undatedByArticle,
  severalGatherings,
  splitByPlace,
  opposedGathering,
  joinedGathering,
  supportedGathering,
  meetingApart,
  laterInTheDay,
  headlineJoinsBody,
];
export const GROUP_RULES: readonly GroupRule[] = [laterReport];

/** The event rules of a configuration, each list in order. */
export interface EventRules {
  dating: readonly DatingRule[];
  locate: readonly LocateRule[];
  day: readonly DayRule[];
  group: readonly GroupRule[];
}

export const EVENT_RULES: EventRules = { dating: DATING_RULES, locate: LOCATE_RULES, day: DAY_RULES, group: GROUP_RULES };

function eventCorpus(articles: Article[], passages: Passage[], dates: DateMention[]): EventCorpus {
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const passagesOfArticle = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = passagesOfArticle.get(p.articleId) ?? [];
    list.push(p);
    passagesOfArticle.set(p.articleId, list);
  }
  return {
    passageById,
    articleById: new Map(articles.map((a) => [a.id, a])),
    passagesOfArticle,
    byPassage: dayMentions(dates, passageById),
    periodsByPassage: periodMentions(dates),
    containers: learnContainers(passages),
    placeNames: learnPlaceNames(passages),
    placesOfArticle: new Map([...passagesOfArticle].map(([id, list]) => [id, articlePlaceKeys(list)])),
  };
}

/** A claim with the day its dating rules give and the place its sentence names. */
function locate(claim: CrowdClaimFound, corpus: EventCorpus, dating: readonly DatingRule[], indexes: Map<string, ArticleIndex>): Located {
  const passage = corpus.passageById.get(claim.passageId)!;
  const sameArticle = corpus.passagesOfArticle.get(claim.articleId) ?? [];
  let index = indexes.get(claim.articleId);
  if (!index) indexes.set(claim.articleId, (index = new ArticleIndex(sameArticle)));
  const article = corpus.articleById.get(claim.articleId);
  const [date, dateSource, rule] = dateOf({ claim, passage, sameArticle, index, byPassage: corpus.byPassage, article }, dating);
  if (rule) noteRule(claim, rule);
  return { claim, passage, date, dateSource, place: placeOf(passage, claim, corpus.placeNames) };
}

/** Applies a day or group rule, noting it on each claim whose group it changed (another first claim, or another size). */
function regroupNoting(rule: DayRule | GroupRule, groups: Located[][], corpus: EventCorpus): Located[][] {
  const was = new Map<Located, [Located, number]>();
  for (const group of groups) for (const l of group) was.set(l, [group[0]!, group.length]);
  const after = rule.apply(groups, corpus);
  for (const group of after) {
    for (const l of group) {
      const [first, size] = was.get(l) ?? [];
      if (first !== group[0] || size !== group.length) noteRule(l.claim, rule.name);
    }
  }
  return after;
}

/** Each claim's gathering by the event rules `rules`: the same reference for every claim of one gathering. */
export function assignCrowdEventsWith(
  rules: EventRules,
  found: CrowdClaimFound[],
  articles: Article[],
  passages: Passage[],
  dates: DateMention[],
): Map<CrowdClaimFound, CrowdEventRef> {
  const corpus = eventCorpus(articles, passages, dates);
  const indexes = new Map<string, ArticleIndex>();
  const located = found.map((claim) => locate(claim, corpus, rules.dating, indexes));
  for (const rule of rules.locate) {
    const before = located.map(({ date, dateSource, place }) => [date, dateSource, place] as const);
    rule.apply(located, corpus);
    located.forEach((l, i) => {
      const [date, dateSource, place] = before[i]!;
      if (l.date !== date || l.dateSource !== dateSource || l.place !== place) noteRule(l.claim, rule.name);
    });
  }
  let groups = groupByDay(located).flatMap((day) => rules.day.reduce((clusters, rule) => regroupNoting(rule, clusters, corpus), [day]));
  for (const rule of rules.group) groups = regroupNoting(rule, groups, corpus);
  const eventOf = new Map<CrowdClaimFound, CrowdEventRef>();
  const idCount = new Map<string, number>();
  for (const group of groups) {
    const ref = eventRef(group, corpus.containers);
    // two gatherings of one day with no place ("2023-03-11:unplaced") keep apart: the later ones numbered
    const n = (idCount.get(ref.id) ?? 0) + 1;
    idCount.set(ref.id, n);
    for (const l of group) eventOf.set(l.claim, n > 1 ? { ...ref, id: `${ref.id}#${n}` } : ref);
  }
  return eventOf;
}

export function assignCrowdEvents(
  found: CrowdClaimFound[],
  articles: Article[],
  passages: Passage[],
  dates: DateMention[],
): Map<CrowdClaimFound, CrowdEventRef> {
  return assignCrowdEventsWith(EVENT_RULES, found, articles, passages, dates);
}
