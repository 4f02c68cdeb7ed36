import type { RuleTrail } from '../core/rules.js';

/** One statement of how many people gathered, as one passage gives it. */
export interface CrowdClaim extends RuleTrail {
  passageId: string;
  articleId: string;
  /** The quantity as written, hedge included ("more than 2.5 million"); `file.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** 0 when the text gives only an upper bound ("fewer than 300"). */
  low: number;
  /** null: no upper bound ("more than 2.5 million"). */
  high: number | null;
  /** A vague word coded by convention ("thousands" = 2,000) rather than a figure. */
  vague: boolean;
  /** What is counted, as written: "protesters", "Iraqis", "crowd". */
  counted: string;
  /** Who the text says gave the figure; null: the publisher's own reporting. */
  claimant: string | null;
  /**
   * The figure is what someone expects, not a count of who turned out ("organisers expected 50,000 to
   * attend", "50,000 are expected", "could draw 50,000"); the answer shows it apart, outside the range.
   */
  forecast: boolean;
  /** The gathering the claim is about; claims about the same gathering share `event.id`. */
  event: CrowdEventRef;
}

export interface CrowdEventRef {
  /** Stable within one corpus: the date and the place's key words. */
  id: string;
  /** "march in Baghdad": the gathering word the sources use most, and its place. */
  label: string;
  /**
   * YYYY-MM-DD, or null when neither the text nor the article gives a date. A gathering the text dates only
   * to its year ("a 2005 parade") has the year's first day, and `precision` 'year'.
   */
  date: string | null;
  /** 'year': `date` stands for its whole year ("a 2005 parade"); absent for a day. */
  precision?: 'year';
  /** The place as written ("outside the U.S. embassy in Baghdad"), or null. */
  place: string | null;
}

/** Where a gathering took place, as a claim's sentence writes it. */
export interface CrowdPlace {
  /** As written, preposition included: "in the capital Baghdad". */
  text: string;
  /** Folded capitalised words: ["baghdad"]. */
  keys: string[];
  /** The preposition a label puts before a place written without one ("around" for "surrounded the Council complex"). */
  preposition?: string;
  /**
   * The place names a gathering the text refers to as known ("the Washington march", "the march in
   * Washington"): a report days later may be about that gathering (see the later-report rule).
   */
  definite?: boolean;
  /** The gathering noun a place written before it modifies ("march" in "the Washington march"): the label's noun. */
  noun?: string;
  /**
   * The count is a national total ("took part nationwide", "across the country"): it joins the day's gathering
   * across a whole country ("marched across France"), never one in a city the sentence names later.
   */
  national?: boolean;
}

/**
 * How a claim's gathering relates to another claim of its sentence, read by the event rules and not
 * kept on the claim: the same gathering counted by another source ("Hundreds of thousands of people
 * (police: 1.5 million)"), or the part of a larger count at a place of its own ("more than 2 million
 * took part nationwide, including 400,000 in Paris").
 */
export type ClaimRelation = { kind: 'same-gathering'; head: CrowdClaimFound } | { kind: 'part-of'; whole: CrowdClaimFound; place: CrowdPlace };

/** A claim before it is placed in an event. */
export type CrowdClaimFound = Omit<CrowdClaim, 'event'> & { relation?: ClaimRelation };

/**
 * English quantity phrases as numbers: "500,000", "2.5 million", "tens of thousands", "between two and
 * three million", "more than 2,000".
 */
export interface Quantity {
  /** Token range [first, last] in the tokenized text. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** 0 when only an upper bound is stated ("fewer than 300"). */
  low: number;
  /** null: no upper bound is stated ("more than 2.5 million"). */
  high: number | null;
  /** A vague word coded by convention ("thousands" = 2,000), not a stated figure. */
  vague: boolean;
  /**
   * The token where what is counted starts: `last + 1`, or past the comma closing an aside
   * ("hundreds, if not thousands, of teachers").
   */
  resume: number;
}
