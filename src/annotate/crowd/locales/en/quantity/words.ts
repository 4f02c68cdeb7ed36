import { MONTHS as MONTH_NAMES } from '../../../../core/locales/en/words.js';

/**
 * The English words of quantities: numbers written as words, scales, vague plurals, and the hedges
 * around a figure ("more than", "about", "fewer than", "if not").
 */

/** Lookup tables without a prototype: a word such as "constructor" must find nothing. */
function table(entries: Record<string, number>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, entries);
}

export const UNITS = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
export const TENS = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
// the wire writes "12 mln farmers"
export const SCALES = table({ hundred: 100, thousand: 1_000, million: 1_000_000, mln: 1_000_000, billion: 1_000_000_000 });

/** Words after which a bare scale stands for one of it: "more than hundred people" (100). */
export const BARE_SCALE_AFTER = new Set(['than']);

/** A dozen is twelve: "a dozen", "half a dozen", and a vague "several dozen", "a few dozen", "a couple dozen". */
export const DOZEN = table({ dozen: 12 });

/** Suffixes written onto digits: "1.5m", "20k", "2bn". */
export const ATTACHED_SCALES = table({ k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, bn: 1_000_000_000 });
export const FRACTIONS = table({ half: 0.5, quarter: 0.25, third: 1 / 3, quarters: 0.25, thirds: 1 / 3 });

/**
 * Vague plurals, coded as two of the unit, as the Crowd Counting Consortium codes them:
 * hundreds = 200, thousands = 2,000, tens of thousands = 20,000, millions = 2,000,000.
 */
export const VAGUE_UNITS = table({
  dozens: 12,
  scores: 20,
  tens: 10,
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
  billions: 1_000_000_000,
});

// prettier-ignore
export const LOWER_BOUND = [
  ['more', 'than'], ['over'], ['upwards', 'of'], ['at', 'least'], ['in', 'excess', 'of'], ['north', 'of'],
  ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['not', 'less', 'than'], ['well', 'over'], ['well', 'above'],
  ['above'], ['just', 'over'], ['far', 'more', 'than'], ['many', 'more', 'than'], ['greater', 'than'],
];
// prettier-ignore
export const UPPER_BOUND = [
  ['fewer', 'than'], ['less', 'than'], ['under'], ['no', 'more', 'than'], ['not', 'more', 'than'], ['at', 'most'],
  ['just', 'under'], ['below'],
];
// prettier-ignore
export const APPROXIMATE = [
  ['about'], ['around'], ['roughly'], ['approximately'], ['some'], ['nearly'], ['almost'], ['close', 'to'],
  ['closer', 'to'], ['an', 'estimated'], ['estimated'], ['up', 'to'], ['as', 'many', 'as'], ['perhaps'], ['maybe'],
  ['possibly'], ['approx'], ['circa'], ['somewhere'], ['anywhere'], ['an', 'approximate'], ['a', 'reported'], ['a', 'record'],
];
export const SUFFIX_LOWER_BOUND = [['or', 'more'], ['and', 'more'], ['plus'], ['or', 'so']];

/** A month's name before or after a figure makes it part of a date. */
export const MONTHS = new Set(MONTH_NAMES);
/** The largest day of a month, and the smallest year, a figure beside a month's name may be ("4 March", "March 2008"). */
export const DAY_MAX = 31;
export const YEAR_MIN = 1000;
export const CURRENCY = /^[$£€¥₹]$/;

/** Words after a number that make it a time of day: "at 10 a.m.", "10am", "9 p.m.", "10 o'clock". */
export const CLOCK_SUFFIXES = [['a', '.', 'm'], ['p', '.', 'm'], ['am'], ['pm'], ["o'clock"]];

/** Words after which a bare "estimated" describes the figure: "with estimated 5,000", "Estimated 5,000 people". */
// prettier-ignore
export const ESTIMATED_ADJECTIVE_AFTER = new Set([
  'the', 'a', 'an', 'some', 'of', 'with', 'by', 'at', 'to', 'from', 'for', 'in', 'among', 'including', 'between',
  'and', 'or',
]);

export const RANGE_WORDS = new Set(['to', '-', '–', '—', 'or']);

/**
 * A hedged range: a figure, then a larger one it may reach ("hundreds, if not thousands",
 * "thousands, perhaps tens of thousands", "dozens or even hundreds", "2,000 and possibly as many as 5,000").
 * The one-word links need a comma before them.
 */
// prettier-ignore
export const HEDGED_RANGE_LINKS = [
  ['if', 'not'], ['or', 'even'], ['or', 'perhaps'], ['or', 'maybe'], ['or', 'possibly'], ['or', 'probably'],
  ['and', 'perhaps'], ['and', 'maybe'], ['and', 'possibly'], ['and', 'probably'], ['and', 'even'], ['to', 'perhaps'],
  ['to', 'possibly'], ['to', 'maybe'],
];
export const HEDGED_RANGE_COMMA_LINKS = [['perhaps'], ['maybe'], ['possibly'], ['probably'], ['even']];

/** Words between the link and the larger figure that keep it a figure: "possibly as many as 5,000". */
export const HEDGED_RANGE_TOPS = [
  ['as', 'many', 'as'],
  ['up', 'to'],
];

/** A cheap test: can `text` hold a quantity at all? */
export const MAY_HOLD_QUANTITY =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores|tens|half|quarters?|thirds?)\b/i;
