/**
 * English quantity phrases -> numbers, with offsets: digits ("500,000", "2.5 million", "1.5m"),
 * words ("two million", "twenty-five thousand", "half a million", "one and a half million"),
 * vague plurals ("thousands", "tens of thousands", "a few hundred"), ranges ("5,000 to 10,000",
 * "a quarter to a half a million", "between two and three million") and hedges ("more than",
 * "about", "up to", "fewer than"). Nothing here knows what is being counted.
 */

export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
}

const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    tokens.push({
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      start,
      end: start + m[0].length,
      kind: m[1] ? 'num' : m[2] ? 'word' : 'punct',
    });
  }
  return tokens;
}

/** A hyphen or an apostrophe between words ("10,000-strong", "farmers' union"): inside a phrase, not a break. */
export function joinsWords(t: Token): boolean {
  return t.kind === 'punct' && (t.lower === '-' || t.lower === "'");
}

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

/** Lookup tables without a prototype: a word such as "constructor" must find nothing. */
function table(entries: Record<string, number>): Record<string, number> {
  return Object.assign(Object.create(null) as Record<string, number>, entries);
}

const UNITS = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const SCALES = table({ hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 });
/** Suffixes written onto digits: "1.5m", "20k", "2bn". */
const ATTACHED_SCALES = table({ k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, bn: 1_000_000_000 });
const FRACTIONS = table({ half: 0.5, quarter: 0.25, third: 1 / 3, quarters: 0.25, thirds: 1 / 3 });
/**
 * Vague plurals, coded as two of the unit, as the Crowd Counting Consortium codes them:
 * hundreds = 200, thousands = 2,000, tens of thousands = 20,000, millions = 2,000,000.
 */
const VAGUE_UNITS = table({
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1_000, millions: 1_000_000, billions: 1_000_000_000,
});

const LOWER_BOUND = [
  ['more', 'than'], ['over'], ['upwards', 'of'], ['at', 'least'], ['in', 'excess', 'of'], ['north', 'of'],
  ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['not', 'less', 'than'], ['well', 'over'], ['well', 'above'],
  ['above'], ['just', 'over'], ['far', 'more', 'than'], ['many', 'more', 'than'], ['greater', 'than'],
];
const UPPER_BOUND = [
  ['fewer', 'than'], ['less', 'than'], ['under'], ['no', 'more', 'than'], ['not', 'more', 'than'], ['at', 'most'],
  ['just', 'under'], ['below'],
];
const APPROXIMATE = [
  ['about'], ['around'], ['roughly'], ['approximately'], ['some'], ['nearly'], ['almost'], ['close', 'to'], ['closer', 'to'],
  ['an', 'estimated'], ['estimated'], ['up', 'to'], ['as', 'many', 'as'], ['perhaps'], ['maybe'], ['possibly'],
  ['approx'], ['circa'], ['an', 'approximate'], ['a', 'reported'], ['a', 'record'],
];
const SUFFIX_LOWER_BOUND = [['or', 'more'], ['and', 'more'], ['plus'], ['or', 'so']];

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const CURRENCY = /^[$£€¥₹]$/;

interface Atom {
  first: number;
  last: number;
  value: number;
  vague: boolean;
  /** The scale word the atom ends with ("million" in "2.5 million"), for ranges like "two to three million". */
  scale: number | null;
  /** A bare fraction or small number that can borrow the next atom's scale ("a quarter to a half a million"). */
  bare: boolean;
}

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind !== 'num' && words.includes(t.lower);
}

/** Joined hyphen: "twenty-five", "three-quarters", "5,000-10,000" written without spaces. */
function joined(tokens: Token[], i: number): boolean {
  const dash = tokens[i];
  return !!dash && dash.text === '-' && tokens[i - 1]?.end === dash.start && tokens[i + 1]?.start === dash.end;
}

function wordValue(t: Token | undefined): number | undefined {
  if (!t || t.kind !== 'word') return undefined;
  return UNITS[t.lower] ?? TENS[t.lower];
}

/** A run of number words: "two", "twenty-five", "three hundred and fifty thousand", "a million". */
function parseWordNumber(tokens: Token[], i: number): Atom | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastScale: number | null = null;
  let lastIndex = i - 1;
  if (isWord(tokens[j], 'a', 'an') && SCALES[tokens[j + 1]?.lower ?? ''] !== undefined) {
    current = 1;
    j++;
  }
  while (j < tokens.length) {
    const t = tokens[j]!;
    const v = wordValue(t);
    if (v !== undefined) {
      if (seen && current % 10 !== 0 && v < 10 && lastScale === null) break;
      current += v;
      seen = true;
      lastScale = null;
      lastIndex = j;
      j++;
      if (joined(tokens, j) && wordValue(tokens[j + 1]) !== undefined) j++;
      continue;
    }
    const scale = t.kind === 'word' ? SCALES[t.lower] : undefined;
    if (scale !== undefined && (seen || current > 0)) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastScale = scale;
      lastIndex = j;
      j++;
      continue;
    }
    if (t.lower === 'and' && seen && (wordValue(tokens[j + 1]) !== undefined)) {
      j++;
      continue;
    }
    break;
  }
  if (lastIndex < i || (!seen && lastScale === null)) return null;
  const value = total + current;
  return { first: i, last: lastIndex, value, vague: false, scale: lastScale, bare: lastScale === null && value < 1000 };
}

/** "half a million", "a quarter of a million", "three-quarters of a million", or a bare "a quarter". */
function parseFraction(tokens: Token[], i: number): Atom | null {
  let j = i;
  let multiplier = 1;
  if (isWord(tokens[j], 'a', 'an', 'one')) j++;
  else if (wordValue(tokens[j]) !== undefined && wordValue(tokens[j])! < 10) {
    multiplier = wordValue(tokens[j])!;
    j++;
    if (joined(tokens, j)) j++;
  }
  const fraction = tokens[j]?.kind === 'word' ? FRACTIONS[tokens[j]!.lower] : undefined;
  if (fraction === undefined) return null;
  const value = fraction * multiplier;
  let k = j + 1;
  if (isWord(tokens[k], 'of')) k++;
  if (isWord(tokens[k], 'a', 'an', 'one')) k++;
  const scale = tokens[k]?.kind === 'word' ? SCALES[tokens[k]!.lower] : undefined;
  if (scale !== undefined && scale >= 1000) return { first: i, last: k, value: value * scale, vague: false, scale, bare: false };
  return { first: i, last: j, value, vague: false, scale: null, bare: true };
}

/** Digits with an optional scale: "500,000", "2.5 million", "1.5m", "5 thousand". */
function parseDigits(tokens: Token[], i: number): Atom | null {
  const t = tokens[i];
  if (!t || t.kind !== 'num') return null;
  let value = Number(t.text.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  let last = i;
  let scale: number | null = null;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && next.start === t.end && ATTACHED_SCALES[next.lower] !== undefined) {
    scale = ATTACHED_SCALES[next.lower]!;
    value *= scale;
    last = i + 1;
  } else {
    while (tokens[last + 1]?.kind === 'word' && SCALES[tokens[last + 1]!.lower] !== undefined) {
      scale = SCALES[tokens[last + 1]!.lower]!;
      value *= scale;
      last++;
    }
  }
  return { first: i, last, value: Math.round(value), vague: false, scale, bare: scale === null && !t.text.includes(',') && value < 1000 };
}

/** "thousands", "hundreds of thousands", "tens of millions", "several thousand", "a few hundred", "dozens". */
function parseVague(tokens: Token[], i: number): Atom | null {
  let j = i;
  let value: number;
  if (isWord(tokens[j], 'several') || (isWord(tokens[j], 'a') && isWord(tokens[j + 1], 'few')) || (isWord(tokens[j], 'a') && isWord(tokens[j + 1], 'couple'))) {
    const couple = isWord(tokens[j + 1], 'couple');
    j += isWord(tokens[j], 'a') ? 2 : 1;
    if (couple && isWord(tokens[j], 'of')) j++;
    const unit = tokens[j]?.kind === 'word' ? (SCALES[tokens[j]!.lower] ?? VAGUE_UNITS[tokens[j]!.lower]) : undefined;
    if (unit === undefined || unit < 100) return null;
    value = (couple ? 2 : 3) * unit;
  } else {
    if (isWord(tokens[j], 'many') && tokens[j + 1]?.kind === 'word' && VAGUE_UNITS[tokens[j + 1]!.lower] !== undefined) j++;
    const unit = tokens[j]?.kind === 'word' ? VAGUE_UNITS[tokens[j]!.lower] : undefined;
    if (unit === undefined) return null;
    // "tens" alone is not a count of anything; it needs "of thousands".
    if (unit === 10 && !(isWord(tokens[j + 1], 'of') && VAGUE_UNITS[tokens[j + 2]?.lower ?? ''] !== undefined)) return null;
    value = 2 * unit;
  }
  let last = j;
  while (isWord(tokens[last + 1], 'of') && tokens[last + 2]?.kind === 'word') {
    const more = VAGUE_UNITS[tokens[last + 2]!.lower] ?? SCALES[tokens[last + 2]!.lower];
    if (more === undefined || more < 100) break;
    value *= more;
    last += 2;
  }
  // "several hundred thousand"
  while (tokens[last + 1]?.kind === 'word' && SCALES[tokens[last + 1]!.lower] !== undefined && SCALES[tokens[last + 1]!.lower]! > 100) {
    value *= SCALES[tokens[last + 1]!.lower]!;
    last++;
  }
  return { first: i, last, value, vague: true, scale: null, bare: false };
}

function parseAtom(tokens: Token[], i: number): Atom | null {
  const vague = parseVague(tokens, i) ?? parseFraction(tokens, i);
  if (vague) return vague;
  const atom = parseDigits(tokens, i) ?? parseWordNumber(tokens, i);
  if (!atom) return null;
  // "one and a half million"
  const k = atom.last + 1;
  if (atom.scale === null && matchWords(tokens, k, ['and', 'a', 'half'])) {
    const scale = tokens[k + 3]?.kind === 'word' ? SCALES[tokens[k + 3]!.lower] : undefined;
    if (scale !== undefined && scale >= 1000) return { first: i, last: k + 3, value: (atom.value + 0.5) * scale, vague: false, scale, bare: false };
  }
  return atom;
}

function matchWords(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]!.lower === w);
}

/** The longest hedge phrase from `list` that ends just before token `i`. */
function hedgeBefore(tokens: Token[], i: number, list: string[][]): number | null {
  let best: number | null = null;
  for (const words of list) {
    const from = i - words.length;
    if (from >= 0 && matchWords(tokens, from, words) && (best === null || from < best)) best = from;
  }
  return best;
}

/** Words after which a bare "estimated" describes the figure: "with estimated 5,000", "Estimated 5,000 people". */
const ESTIMATED_ADJECTIVE_AFTER = new Set([
  'the', 'a', 'an', 'some', 'of', 'with', 'by', 'at', 'to', 'from', 'for', 'in', 'among', 'including', 'between', 'and', 'or',
]);

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

function isDatePart(tokens: Token[], a: Atom): boolean {
  const before = tokens[a.first - 1];
  const beforeWord = before?.text === '.' ? tokens[a.first - 2] : before;
  if (tokens[a.first]?.kind === 'num' && beforeWord && MONTHS.has(beforeWord.lower)) return true;
  const after = tokens[a.last + 1];
  if (tokens[a.last]?.kind === 'num' && after && MONTHS.has(after.lower)) return true;
  // clock times: "22:10"
  if (after?.text === ':' && tokens[a.last + 2]?.kind === 'num' && after.start === tokens[a.last]!.end) return true;
  if (before?.text === ':' && tokens[a.first - 2]?.kind === 'num' && before.end === tokens[a.first]!.start) return true;
  return false;
}

const RANGE_WORDS = new Set(['to', '-', '–', '—', 'or']);

/**
 * A hedged range: a figure, then a larger one it may reach ("hundreds, if not thousands",
 * "thousands, perhaps tens of thousands", "dozens or even hundreds", "2,000 and possibly as many as 5,000").
 * The one-word links need a comma before them.
 */
const HEDGED_RANGE_LINKS = [
  ['if', 'not'], ['or', 'even'], ['or', 'perhaps'], ['or', 'maybe'], ['or', 'possibly'], ['or', 'probably'],
  ['and', 'perhaps'], ['and', 'maybe'], ['and', 'possibly'], ['and', 'probably'], ['and', 'even'],
  ['to', 'perhaps'], ['to', 'possibly'], ['to', 'maybe'],
];
const HEDGED_RANGE_COMMA_LINKS = [['perhaps'], ['maybe'], ['possibly'], ['probably'], ['even']];
/** Words between the link and the larger figure that keep it a figure: "possibly as many as 5,000". */
const HEDGED_RANGE_TOPS = [['as', 'many', 'as'], ['up', 'to']];

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
  const link = HEDGED_RANGE_LINKS.find((words) => matchWords(tokens, j, words)) ?? (comma ? HEDGED_RANGE_COMMA_LINKS.find((words) => matchWords(tokens, j, words)) : undefined);
  if (!link) return null;
  j += link.length;
  const top = HEDGED_RANGE_TOPS.find((words) => matchWords(tokens, j, words));
  if (top) j += top.length;
  const atom = parseAtom(tokens, j);
  if (!atom || isPercentOrMoney(tokens, atom) || isDatePart(tokens, atom)) return null;
  return { atom, closed: comma && tokens[atom.last + 1]?.text === ',' };
}

/** A cheap test: can `text` hold a quantity at all? */
export const MAY_HOLD_QUANTITY =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens|scores|tens|half|quarters?|thirds?)\b/i;

/** Every quantity phrase in `text`, left to right, none overlapping. */
export function findQuantities(text: string, tokens: Token[] = tokenize(text)): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const atom = parseAtom(tokens, i);
    if (!atom || isPercentOrMoney(tokens, atom) || isDatePart(tokens, atom)) {
      i++;
      continue;
    }
    let first = atom.first;
    let last = atom.last;
    let low = atom.value;
    let high: number | null = atom.value;
    let vague = atom.vague;

    // A range: "5,000 to 10,000", "a quarter to a half a million", "thousands or tens of thousands".
    const sep = tokens[last + 1];
    let second: Atom | null = null;
    if (sep && RANGE_WORDS.has(sep.lower)) second = parseAtom(tokens, last + 2);
    // "between two and three million", "from 5,000 to 10,000"
    const between = isWord(tokens[first - 1], 'between') && isWord(sep, 'and');
    if (between) second = parseAtom(tokens, last + 2);
    let hedged = false;
    let resume: number | null = null;
    if (second && !isPercentOrMoney(tokens, second) && !isDatePart(tokens, second)) {
      let lowValue = atom.value;
      if (atom.bare && second.scale !== null && second.scale >= 1000) lowValue = atom.value * second.scale;
      if (lowValue <= second.value) {
        low = lowValue;
        high = second.value;
        vague = atom.vague || second.vague;
        last = second.last;
        if (between || isWord(tokens[first - 1], 'from')) first--;
      } else second = null;
    } else second = null;
    const top = second ? null : hedgedTop(tokens, atom);
    if (top) {
      const lowValue = atom.bare && top.atom.scale !== null && top.atom.scale >= 1000 ? atom.value * top.atom.scale : atom.value;
      if (lowValue < top.atom.value) {
        low = lowValue;
        high = top.atom.value;
        vague = atom.vague || top.atom.vague;
        last = top.atom.last;
        hedged = true;
        if (top.closed) resume = last + 2;
      }
    }

    const lowerBound = hedgeBefore(tokens, first, LOWER_BOUND);
    const upperBound = hedgeBefore(tokens, first, UPPER_BOUND);
    let approximate = hedgeBefore(tokens, first, APPROXIMATE);
    // "police estimated 240,000": a bare "estimated" after its subject is the verb, not a hedge ("an estimated 5,000")
    if (approximate !== null && approximate === first - 1 && tokens[approximate]!.lower === 'estimated' && estimatedIsVerb(tokens, approximate)) approximate = null;
    if (lowerBound !== null && (upperBound === null || lowerBound <= upperBound)) {
      first = lowerBound;
      // "at least 2,000 and possibly as many as 5,000" still names its top
      if (!hedged) high = null;
    } else if (upperBound !== null) {
      first = upperBound;
      low = 0;
    } else if (approximate !== null) {
      first = approximate;
    }
    const suffix = resume === null ? SUFFIX_LOWER_BOUND.find((words) => matchWords(tokens, last + 1, words)) : undefined;
    if (suffix) {
      last += suffix.length;
      if (suffix[1] !== 'so') high = null;
    } else if (tokens[last + 1]?.text === '+' && tokens[last + 1]!.start === tokens[last]!.end) {
      last += 1;
      high = null;
    }
    // A lone bare "one"/"a half" is not a quantity of people worth reporting; keep only real counts.
    if (Math.max(low, high ?? 0) >= 2 || vague) {
      found.push({ first, last, start: tokens[first]!.start, end: tokens[last]!.end, low, high, vague, resume: resume ?? last + 1 });
    }
    i = last + 1;
  }
  return found;
}
