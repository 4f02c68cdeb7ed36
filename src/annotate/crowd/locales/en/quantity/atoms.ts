import { isJoinedHyphen, matchWords, type Token } from '../../../../core/tokens.js';
import { ATTACHED_SCALES, BARE_SCALE_AFTER, DOZEN, FRACTIONS, SCALES, TENS, UNITS, VAGUE_UNITS } from './words.js';

/** The atoms of an English quantity: one number as written, in figures or words, exact or vague. */

export interface Atom {
  first: number;
  last: number;
  value: number;
  vague: boolean;
  /** The scale word the atom ends with ("million" in "2.5 million"), for ranges like "two to three million". */
  scale: number | null;
  /** A bare fraction or small number that can borrow the next atom's scale ("a quarter to a half a million"). */
  bare: boolean;
}

export function isWord(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind !== 'num' && words.includes(t.lower);
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
  // "more than hundred people": a bare scale after a comparison stands for one of it
  else if (SCALES[tokens[j]?.lower ?? ''] !== undefined && tokens[j]!.kind === 'word' && BARE_SCALE_AFTER.has(tokens[j - 1]?.lower ?? '')) current = 1;
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
      if (isJoinedHyphen(tokens, j) && wordValue(tokens[j + 1]) !== undefined) j++;
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
    if (t.lower === 'and' && seen && wordValue(tokens[j + 1]) !== undefined) {
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
    if (isJoinedHyphen(tokens, j)) j++;
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
    const unit = tokens[j]?.kind === 'word' ? (SCALES[tokens[j]!.lower] ?? VAGUE_UNITS[tokens[j]!.lower] ?? DOZEN[tokens[j]!.lower]) : undefined;
    if (unit === undefined || (unit < 100 && DOZEN[tokens[j]!.lower] === undefined)) return null;
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

/** "a dozen" (12), "half a dozen" (6): a figure, like "twelve". */
function parseDozen(tokens: Token[], i: number): Atom | null {
  const half = isWord(tokens[i], 'half');
  const j = half ? i + 1 : i;
  if (!isWord(tokens[j], 'a') || tokens[j + 1]?.kind !== 'word' || DOZEN[tokens[j + 1]!.lower] === undefined) return null;
  return { first: i, last: j + 1, value: DOZEN[tokens[j + 1]!.lower]! / (half ? 2 : 1), vague: false, scale: null, bare: true };
}

export function parseAtom(tokens: Token[], i: number): Atom | null {
  const vague = parseVague(tokens, i) ?? parseDozen(tokens, i) ?? parseFraction(tokens, i);
  if (vague) return vague;
  const atom = parseDigits(tokens, i) ?? parseWordNumber(tokens, i);
  if (!atom) return null;
  // "about three dozen supporters", "two dozen people": a figure of dozens is twelve times it
  const next = tokens[atom.last + 1];
  if (atom.scale === null && next?.kind === 'word' && DOZEN[next.lower] !== undefined) {
    return { first: i, last: atom.last + 1, value: atom.value * DOZEN[next.lower]!, vague: false, scale: null, bare: false };
  }
  // "one and a half million"
  const k = atom.last + 1;
  if (atom.scale === null && matchWords(tokens, k, ['and', 'a', 'half'])) {
    const scale = tokens[k + 3]?.kind === 'word' ? SCALES[tokens[k + 3]!.lower] : undefined;
    if (scale !== undefined && scale >= 1000) return { first: i, last: k + 3, value: (atom.value + 0.5) * scale, vague: false, scale, bare: false };
  }
  return atom;
}
