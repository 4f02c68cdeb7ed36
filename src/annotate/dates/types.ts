import type { Passage } from '../../passages/types.js';
import type { Rule, RuleTrail } from '../core/rules.js';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateMention extends RuleTrail {
  passageId: string;
  /** Offsets of the date phrase in the article file. */
  start: number;
  end: number;
  /** The phrase as written ("Tuesday", "Dec. 31", "last week"). */
  text: string;
  /** First day of the period meant, YYYY-MM-DD (weeks start on Monday). */
  date: string;
  precision: DatePrecision;
  /**
   * 'text': the phrase names its date in full ("December 31, 2019", "in 2003");
   * 'publication': resolved against the article's publication date ("Tuesday", "Dec. 31", "last week");
   * 'event': counted from another happening the corpus dates ("three days before the airstrike");
   * 'context': counted from the date the report has just given ("The next day", "two days later").
   */
  basis: 'text' | 'publication' | 'event' | 'context';
}

/** A date found in a piece of text; offsets are into that text. */
export type FoundDate = Omit<DateMention, 'passageId'>;

/** What a rule says a phrase means: its date, how precise, and from what. */
export type ResolvedDate = Pick<FoundDate, 'date' | 'precision' | 'basis' | 'rules'>;

/** One sentence of a report published on `published` (YYYY-MM-DD, or null when unknown). */
export interface DateSentence {
  text: string;
  published: string | null;
}

/**
 * Finds dates in one sentence, in text order. The pipeline keeps a date found past the dateline that
 * overlaps no date an earlier parser (or this one) kept.
 */
export interface DateParser extends Rule {
  find(sentence: DateSentence): FoundDate[];
}

/** The corpus as a resolver sees it: every passage, the dates found so far, each article's publication date. */
export interface DateCorpus {
  passages: Passage[];
  mentions: DateMention[];
  published: (articleId: string) => string | null;
}

/**
 * Dates that only the corpus can give: a phrase counted from another sentence's date or happening. A mention
 * returned with the very span of one found before re-dates it.
 */
export interface DateResolver extends Rule {
  resolve(corpus: DateCorpus): DateMention[];
}

/** A locale's ordered configuration: sentence parsers first, then the resolvers that read across sentences. */
export interface DateConfiguration {
  parsers: readonly DateParser[];
  resolvers: readonly DateResolver[];
}
