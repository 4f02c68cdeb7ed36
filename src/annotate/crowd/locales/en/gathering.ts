import { TURNOUT_PATTERNS } from './words.js';

/**
 * Whether an English sentence is about a gathering: the words that say so, telling the month March
 * from the verb.
 */

/**
 * Any of these in a sentence says it is about a gathering (see `gatheringWords`, which tells the month March apart);
 * among them people lining a way or a shore ("lining the red carpet", "lined beaches") and a crowd the police broke
 * up ("to disperse a group of up to 500 people"); not a factory's "assembly line", which gathers no one ("the
 * relentless speed of the assembly lines … means that hundreds upon hundreds of workers have been suddenly disabled"),
 * nor "turned out to be", which says what something proved to be ("discoveries that later turned out to be false").
 */
const GATHERING_CONTEXT = new RegExp(
  String.raw`\b(march(?:ed|es|ing|ers?)?|rall(?:y|ies|ied|ying)|protest\w*|demonstrat\w*|gather\w*|turn(?:ed|ing|s)? out(?! to be\b)|turnout|(?:take|takes|taking|took) part|crowd\w*|audiences?|mass(?:ed|ing)|assembl(?!y[ -]lines?\b)\w*|attend\w*|sit-in|vigil\w*|procession\w*|parad(?:e|es|ed|ing)|funeral\w*|mourn\w*|took to the streets|flock\w*|throng\w*|converg\w*|participat\w*|poured into|filled the|(?:pack|flood|jamm|clogg|chok)(?:ed|ing) the streets|came out|showed up|lin(?:e|es|ed|ing) (?:the )?streets|lin(?:e|es|ed|ing) (?:the |both sides of the )?(?:route|parade route|roads?|avenue|boulevard|red carpet|beach(?:es)?|sidewalks?|pavements?|waterfront|promenade|shores?)|joined (?:the|a|an)|dispers(?:e|es|ed|ing) (?:a|an|the)|${TURNOUT_PATTERNS.join('|')})\b`,
  'i',
);
/** The same, to find them all (`matchAll` copies it, so its `lastIndex` is never shared). */
const GATHERING_WORDS = new RegExp(GATHERING_CONTEXT.source, 'gi');
const MONTH_CONTEXT = /\b(?:in|of|since|until|till|by|last|next|early|late|mid|this|from|to|between|and|on)\s*-?\s*$/i;

/** A day of the month written before the month, as British and most non-US reporting dates: "since 2 March", "on 14th March". */
const DAY_BEFORE_MONTH = /(?:^|[^\d,.])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+$/;

/** "March" with a capital, followed by a day or a year, after a day ("2 March"), or after "in", "since", "early"…, is the month. */
export function isMonthMarch(text: string, index: number, word: string): boolean {
  if (!/^March$/.test(word)) return false;
  if (/^\s*\d/.test(text.slice(index + word.length, index + word.length + 3))) return true;
  if (DAY_BEFORE_MONTH.test(text.slice(Math.max(0, index - 8), index))) return true;
  return index > 0 && MONTH_CONTEXT.test(text.slice(Math.max(0, index - 12), index));
}

/** The words in `text` that say a gathering is meant ("marched", "rally", "crowd"), with their offsets. */
export function gatheringWords(text: string): Array<{ index: number; text: string }> {
  const found: Array<{ index: number; text: string }> = [];
  for (const m of text.matchAll(GATHERING_WORDS)) {
    if (!isMonthMarch(text, m.index, m[0])) found.push({ index: m.index, text: m[0] });
  }
  return found;
}

export function isAboutGathering(text: string): boolean {
  return gatheringWords(text).length > 0;
}
