/** English words of when a crowd gathered, read by the event rules (./events/). */

/**
 * A day counted from another happening, which no date resolves: "held a march of 200 people the day before",
 * "The morning after the arrests, several hundred students marched", "three days earlier". The gathering is on
 * a day of its own, not the one its paragraph or article tells.
 */
export const OTHER_DAY_PHRASE =
  /\b(?:the\s+(?:day|morning|afternoon|evening|night)\s+(?:before|after)|(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+days?\s+(?:earlier|before|after|later))\b/i;

/**
 * Words before a week, month or year that make it no time of the clause's gathering: the start of a span
 * ("since 2006", "the largest since last year"), a limit ("by 2008", "until March"), another thing's time ("the
 * 2006 law", "of last year").
 */
// prettier-ignore
export const PERIOD_NOT_OWN_BEFORE = new Set([
  'since', 'after', 'following', 'before', 'until', 'till', 'by', 'than', 'of', 'from', 'the', 'a', 'an', 'its',
  'their',
]);

/**
 * A sentence opening that moves the story to a later hour of the same day (read by the later-in-the-day rule): "Later
 * in the day, an interfaith service was held", "That night, a documentary ... was shown to around 100 people".
 */
export const LATER_IN_DAY_OPENING =
  /^(?:later\s+(?:in\s+the\s+day|that\s+(?:day|morning|afternoon|evening|night))|that\s+(?:afternoon|evening|night)|in\s+the\s+evening)\b/i;

/**
 * Words after the opening that carry on the gathering told before it, not a new one: "That evening, the crowd swelled
 * to 5,000", "Later in the day, the marchers reached the Capitol".
 */
export const SAME_GATHERING_DETERMINERS = new Set(['the', 'these', 'those', 'their']);

/** A round-up's next report opens with a dash ("--At the University of Vermont, …"): no later hour of the report before it. */
export const REPORT_OPENING = /^\s*(?:--|—|–)/;
