import { matchWords, tokenize, type Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';
import { isWord, parseAtom, type Atom } from './atoms.js';
import {
  APPROXIMATE,
  CLOCK_SUFFIXES,
  CURRENCY,
  ESTIMATED_ADJECTIVE_AFTER,
  HEDGED_RANGE_COMMA_LINKS,
  HEDGED_RANGE_LINKS,
  HEDGED_RANGE_TOPS,
  LOWER_BOUND,
  DAY_MAX,
  MONTHS,
  YEAR_MIN,
  RANGE_WORDS,
  SUFFIX_LOWER_BOUND,
  UPPER_BOUND,
} from './words.js';

/**
 * English quantity phrases -> numbers, with offsets: digits ("500,000", "2.5 million", "1.5m"), words
 * ("two million", "twenty-five thousand", "half a million", "one and a half million"), vague plurals
 * ("thousands", "tens of thousands", "a few hundred"), ranges ("5,000 to 10,000", "a quarter to a half a
 * million", "between two and three million") and hedges ("more than", "about", "up to", "fewer than").
 * Nothing here knows what is being counted.
 */

/** The longest hedge phrase from `list` that ends just before token `i`. */
function hedgeBefore(tokens: Token[], i: number, list: readonly string[][]): number | null {
  let best: number | null = null;
  for (const words of list) {
    const from = i - words.length;
    if (from >= 0 && matchWords(tokens, from, words) && (best === null || from < best)) best = from;
  }
  return best;
}

/** A bare "estimated" right after a word that can be its subject ("police estimated 240,000") is a verb. */
function estimatedIsVerb(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  return !!before && before.kind === 'word' && !ESTIMATED_ADJECTIVE_AFTER.has(before.lower);
}

function isPercentOrMoney(tokens: Token[], a: Atom): boolean {
  const before = tokens[a.first - 1];
  const after = tokens[a.last + 1];
  if (before && CURRENCY.test(before.text)) return true;
  if (before && /^(us|a|c|hk)?\$$/i.test(before.text)) return true;
  if (after && (after.text === '%' || isWord(after, 'percent', 'per'))) return true;
  return false;
}

/**
 * A figure a month's name may date: one written as a day of the month or a year ("March 4", "4 March", "March 2008").
 * "40,000 march against Minutemen" and "500 March on City Hall" are counts: no day or year is written with a
 * thousands comma or runs from 32 to 999.
 */
function mayBeDayOrYear(tokens: Token[], a: Atom): boolean {
  const text = tokens
    .slice(a.first, a.last + 1)
    .map((t) => t.text)
    .join('');
  return !text.includes(',') && (a.value <= DAY_MAX || a.value >= YEAR_MIN);
}

/**
 * Digits joined to digits by a slash, with no space ("9/11", "24/7", "12/25/2007", "1/2"), are a date, a name or a
 * fraction, never a count: "six weeks before 9/11" is no audience of 9.
 */
function isSlashed(tokens: Token[], a: Atom): boolean {
  const joined = (x: Token | undefined, y: Token | undefined) => !!x && !!y && x.end === y.start;
  const first = tokens[a.first]!;
  const last = tokens[a.last]!;
  const [b1, b2, a1, a2] = [tokens[a.first - 1], tokens[a.first - 2], tokens[a.last + 1], tokens[a.last + 2]];
  if (first.kind === 'num' && b1?.text === '/' && b2?.kind === 'num' && joined(b2, b1) && joined(b1, first)) return true;
  return last.kind === 'num' && a1?.text === '/' && a2?.kind === 'num' && joined(last, a1) && joined(a1, a2);
}

function isDatePart(tokens: Token[], a: Atom): boolean {
  if (isSlashed(tokens, a)) return true;
  const before = tokens[a.first - 1];
  const beforeWord = before?.text === '.' ? tokens[a.first - 2] : before;
  if (tokens[a.first]?.kind === 'num' && beforeWord && MONTHS.has(beforeWord.lower) && mayBeDayOrYear(tokens, a)) return true;
  const after = tokens[a.last + 1];
  if (tokens[a.last]?.kind === 'num' && after && MONTHS.has(after.lower) && mayBeDayOrYear(tokens, a)) return true;
  // clock times: "22:10"
  if (after?.text === ':' && tokens[a.last + 2]?.kind === 'num' && after.start === tokens[a.last]!.end) return true;
  if (before?.text === ':' && tokens[a.first - 2]?.kind === 'num' && before.end === tokens[a.first]!.start) return true;
  // "at 10 a.m.", "10am", "10 o'clock"
  if (tokens[a.last]?.kind === 'num' && CLOCK_SUFFIXES.some((marks) => marks.every((m, k) => tokens[a.last + 1 + k]?.lower === m))) return true;
  return false;
}

interface HedgedTop {
  atom: Atom;
  /** The aside opened with a comma, and one closes it: counting resumes after that comma. */
  closed: boolean;
}

/** The larger figure of a hedged range starting after token `last`, if any. */
function hedgedTop(tokens: Token[], first: Atom): HedgedTop | null {
  let j = first.last + 1;
  const comma = tokens[j]?.text === ',';
  if (comma) {
    // "In 2019, perhaps 5,000 people": a bare year is not the low end of a range.
    if (first.first === first.last && /^\d{4}$/.test(tokens[first.first]!.text)) return null;
    j++;
  }
  const link =
    HEDGED_RANGE_LINKS.find((words) => matchWords(tokens, j, words)) ??
    (comma ? HEDGED_RANGE_COMMA_LINKS.find((words) => matchWords(tokens, j, words)) : undefined);
  if (!link) return null;
  j += link.length;
  const top = HEDGED_RANGE_TOPS.find((words) => matchWords(tokens, j, words));
  if (top) j += top.length;
  const atom = parseAtom(tokens, j);
  if (!atom || isPercentOrMoney(tokens, atom) || isDatePart(tokens, atom)) return null;
  return { atom, closed: comma && tokens[atom.last + 1]?.text === ',' };
}

/** A quantity being read: its tokens, its bounds, and whether a hedged top closed an aside. */
interface Reading {
  first: number;
  last: number;
  low: number;
  high: number | null;
  vague: boolean;
  hedged: boolean;
  resume: number | null;
}

/** "5,000 to 10,000", "a quarter to a half a million", "between two and three million", "from 5,000 to 10,000". */
function rangeReading(tokens: Token[], atom: Atom): Reading | null {
  const sep = tokens[atom.last + 1];
  const between = isWord(tokens[atom.first - 1], 'between') && isWord(sep, 'and');
  const second = (sep && RANGE_WORDS.has(sep.lower)) || between ? parseAtom(tokens, atom.last + 2) : null;
  if (!second || isPercentOrMoney(tokens, second) || isDatePart(tokens, second)) return null;
  let lowValue = atom.value;
  if (atom.bare && second.scale !== null && second.scale >= 1000) lowValue = atom.value * second.scale;
  if (lowValue > second.value) return null;
  const first = between || isWord(tokens[atom.first - 1], 'from') ? atom.first - 1 : atom.first;
  return { first, last: second.last, low: lowValue, high: second.value, vague: atom.vague || second.vague, hedged: false, resume: null };
}

/** "hundreds, if not thousands", "2,000 and possibly as many as 5,000": the figure and the larger one it may reach. */
function hedgedReading(tokens: Token[], atom: Atom): Reading | null {
  const top = hedgedTop(tokens, atom);
  if (!top) return null;
  const lowValue = atom.bare && top.atom.scale !== null && top.atom.scale >= 1000 ? atom.value * top.atom.scale : atom.value;
  if (lowValue >= top.atom.value) return null;
  const last = top.atom.last;
  return {
    first: atom.first,
    last,
    low: lowValue,
    high: top.atom.value,
    vague: atom.vague || top.atom.vague,
    hedged: true,
    resume: top.closed ? last + 2 : null,
  };
}

/** The hedge before the quantity: a lower bound ("more than"), an upper bound ("fewer than"), or an approximation ("about"). */
function applyHedgeBefore(tokens: Token[], r: Reading): void {
  const lowerBound = hedgeBefore(tokens, r.first, LOWER_BOUND);
  const upperBound = hedgeBefore(tokens, r.first, UPPER_BOUND);
  let approximate = hedgeBefore(tokens, r.first, APPROXIMATE);
  // "police estimated 240,000": a bare "estimated" after its subject is the verb, not a hedge ("an estimated 5,000")
  if (approximate !== null && approximate === r.first - 1 && tokens[approximate]!.lower === 'estimated' && estimatedIsVerb(tokens, approximate))
    approximate = null;
  if (lowerBound !== null && (upperBound === null || lowerBound <= upperBound)) {
    r.first = lowerBound;
    // "at least 2,000 and possibly as many as 5,000" still names its top
    if (!r.hedged) r.high = null;
  } else if (upperBound !== null) {
    r.first = upperBound;
    r.low = 0;
  } else if (approximate !== null) {
    r.first = approximate;
  }
}

/** A lower bound after the quantity: "5,000 or more", "5,000-plus", "5,000+", or "5,000 or so" (an approximation). */
function applyHedgeAfter(tokens: Token[], r: Reading): void {
  const suffix = r.resume === null ? SUFFIX_LOWER_BOUND.find((words) => matchWords(tokens, r.last + 1, words)) : undefined;
  if (suffix) {
    r.last += suffix.length;
    if (suffix[1] !== 'so') r.high = null;
  } else if (tokens[r.last + 1]?.text === '+' && tokens[r.last + 1]!.start === tokens[r.last]!.end) {
    r.last += 1;
    r.high = null;
  }
}

/** The quantity an atom opens, with its range or hedged top and its hedges. */
function readQuantity(tokens: Token[], atom: Atom): Reading {
  const reading = rangeReading(tokens, atom) ??
    hedgedReading(tokens, atom) ?? { first: atom.first, last: atom.last, low: atom.value, high: atom.value, vague: atom.vague, hedged: false, resume: null };
  applyHedgeBefore(tokens, reading);
  applyHedgeAfter(tokens, reading);
  return reading;
}

/**
 * A number word written with a capital after a lower-case word is part of a name, not a count: "the March
 * of a Million Mothers". A capital opening a sentence or in a title-case headline ("Over Two Million
 * March") is none.
 */
function inName(tokens: Token[], a: Atom): boolean {
  for (let k = a.first; k <= a.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    // after a lower-case word: a title-case headline ("Over Two Million March") keeps its figure
    const before = tokens[k - 1];
    if (before?.kind === 'word' && before.text === before.lower) return true;
  }
  return false;
}

/** Every quantity phrase in `text`, left to right, none overlapping. */
export function findQuantities(text: string, tokens: Token[] = tokenize(text)): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const atom = parseAtom(tokens, i);
    if (!atom || isPercentOrMoney(tokens, atom) || isDatePart(tokens, atom) || inName(tokens, atom)) {
      i++;
      continue;
    }
    const { first, last, low, high, vague, resume } = readQuantity(tokens, atom);
    // A lone bare "one"/"a half" is not a quantity of people worth reporting; keep only real counts.
    if (Math.max(low, high ?? 0) >= 2 || vague) {
      found.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end, low, high, vague, resume: resume ?? last + 1 });
    }
    i = last + 1;
  }
  return found;
}
