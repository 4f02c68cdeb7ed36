import type { Article } from '../../corpus/types.js';
import type { Passage } from '../../passages/types.js';
import { en } from './locales/en/index.js';
import { annotateDatesWith, findDatesWith, findPassageDatesWith, resolveDatesWith } from './pipeline.js';
import type { DateMention, FoundDate } from './types.js';

export type { DateMention, DatePrecision, FoundDate } from './types.js';
export { DATE_RULES } from './rules.js';
export { contextPhrases, type ContextPhrase } from './locales/en/resolvers/contextDay.js';

/** Every date the corpus's passages give, in reading order (English). */
export function annotateDates(articles: Article[], passages: Passage[]): DateMention[] {
  return annotateDatesWith(en, articles, passages);
}

/** The dates the passages of one article give on their own, before the corpus's resolvers (English). */
export function findPassageDates(article: Article, passages: Passage[]): DateMention[] {
  return findPassageDatesWith(en, passages, () => article.published);
}

/** The corpus's dates from the passages' own (`mentions`, in passage order): what the resolvers add, in reading order (English). */
export function resolveDates(articles: Article[], passages: Passage[], mentions: DateMention[]): DateMention[] {
  return resolveDatesWith(en, articles, passages, mentions);
}

/**
 * The dates a careful reader finds in one sentence of a report published on `published` (YYYY-MM-DD,
 * or null when unknown: then only self-contained dates count).
 */
export function findDates(text: string, published: string | null): FoundDate[] {
  return findDatesWith(en.parsers, text, published);
}
