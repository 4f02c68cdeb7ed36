import { isExtraTitle, isTitleAbbreviation, lexiconTags, opensPlaceName, wordTags } from './lexicon.js';
import { ELECT_SUFFIX, PARTICLE_PREFIX } from './locales/en/words.js';

/**
 * The extractors' one tokenizer, in two segmentations of the same text:
 * - `tokenize`: numbers, words and single marks, for the clause reading of quantities, crowd claims,
 *   their claimants and places ("500,000", "U", ".", "S", "-", "backed");
 * - `tokenizeWords`: words only, as the name reader needs them: hyphenated and dotted words whole
 *   ("al-Sadr", "U.S."), a possessive split off, an initial or a title's abbreviation keeping its dot
 *   ("George W. Bush", "Gen. Soleimani"), the text between words kept as each word's gap.
 */

export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  kind: 'num' | 'word' | 'punct';
}

/** A number ("500,000", "2.5"), a word with its inner apostrophes ("don't", "people’s"), or one mark. */
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

/**
 * Walks the words of a phrase from token `from`: a hyphen or an apostrophe between words is skipped, a
 * mark ends the phrase, and so does a word for which `goesOn` is false; at most `reach` words. Returns
 * the token where the walk stopped.
 */
export function walkPhrase(tokens: Token[], from: number, reach: number, goesOn: (t: Token, k: number) => boolean): number {
  let k = from;
  let words = 0;
  while (k < tokens.length && words < reach) {
    const t = tokens[k]!;
    if (joinsWords(t)) {
      k++;
      continue;
    }
    if (t.kind === 'punct' || !goesOn(t, k)) break;
    words++;
    k++;
  }
  return k;
}

/** Token `i` is a hyphen written between two tokens without spaces: "twenty-five", "5,000-10,000". */
export function isJoinedHyphen(tokens: Token[], i: number): boolean {
  const dash = tokens[i];
  return !!dash && dash.text === '-' && tokens[i - 1]?.end === dash.start && tokens[i + 1]?.start === dash.end;
}

/** Whether the words `words` are the tokens from `i` on, in order. */
export function matchWords(tokens: Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]!.lower === w);
}

/** The tokens [first, last] of a figure spanning text offsets [start, end) in `tokens`, or null when no token starts there. */
export function tokenRange(tokens: Token[], start: number, end: number): { first: number; last: number } | null {
  const first = tokens.findIndex((t) => t.start >= start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
  return { first, last };
}

/** A word as the name reader sees it (`tokenizeWords`). */
export interface WordToken {
  /** As written, without a possessive 's. */
  text: string;
  /** Offsets in the text. */
  start: number;
  end: number;
  /** The word without the dot it may keep, lower-cased (curly apostrophes kept). */
  lower: string;
  /** What the lexicon says the word is (core/lexicon.ts). */
  tags: ReadonlySet<string>;
  possessive: boolean;
  /** The text between the previous word and this one. */
  gap: string;
  sentenceStart: boolean;
}

/**
 * A dotted acronym ("U.S."), or letters and figures joined by hyphens and apostrophes ("al-Sadr", "O'Brien");
 * a soft hyphen (U+00AD, a line-break hint some pages put inside long words: "Netan\u00ADyahu") is inside the word.
 */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’‘ʼ\u00AD][\p{L}\p{N}]+)*/gu;
const SOFT_HYPHEN = /\u00AD/g;
/**
 * A possessive's apostrophe: the straight and the curly one, and the left quote mark and the modifier letter
 * some pages set for it ("Swift‘s", "Swiftʼs", a word processor's smart-quote slip), which `WORD` keeps inside a word.
 */
const POSSESSIVE = /['’‘ʼ]s$/;
const PLURAL_POSSESSIVE_MARK = /^['’‘ʼ]\s/;

/** Only spaces or tabs between two words: they may belong to one name. */
export function isSpaced(gap: string): boolean {
  return /^[ \t]+$/.test(gap);
}

/** A word written with a capital ("Sadr", "al-Sadr", "F-16"), its last part too unless it is an Arabic particle's. */
export function capitalised(word: string): boolean {
  // Most words have no hyphen: their first part is their last.
  if (!word.includes('-')) return /^\p{Lu}/u.test(word);
  const parts = word.split('-');
  const first = parts[0]!;
  const last = parts.at(-1)!;
  if (PARTICLE_PREFIX.test(first) && parts.length > 1) return /^\p{Lu}/u.test(parts[1]!);
  // "President-elect": a capitalised title's "-elect" is written in lower case
  if (/^\p{Lu}/u.test(first) && ELECT_SUFFIX.test(word) && isExtraTitle(word.toLowerCase())) return true;
  return /^\p{Lu}/u.test(first) && /^[\p{Lu}\p{N}]/u.test(last);
}

/** An initial ("W") or an abbreviated title ("Gen") or place opener ("Mt"): it keeps its dot. */
function isInitialOrTitle(word: string): boolean {
  if (/^\p{Lu}$/u.test(word)) return true;
  const tags = lexiconTags(word.toLowerCase());
  // "Mt. Kenya" keeps its dot too
  return (
    /^\p{Lu}/u.test(word) &&
    ((tags.includes('Abbreviation') && tags.includes('Honorific')) || isTitleAbbreviation(word) || opensPlaceName(`${word.toLowerCase()}.`))
  );
}

/** The words of `text`, for the name reader. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    let possessive = POSSESSIVE.test(word) && word.length > 2;
    if (possessive) word = word.slice(0, -2);
    const start = m.index;
    let consumed = m[0].length;
    const bare = word.replace(SOFT_HYPHEN, '');
    // "George W. Bush", "Gen. Qasem Soleimani": an initial or a title's abbreviation keeps its dot.
    // "Main St. Police said": a feature's abbreviation after a capitalised word ends that name, so its dot ends a sentence.
    const gap = text.slice(prevEnd, start);
    // (The cheap test of the next character first: most words are followed by neither a dot nor an apostrophe.)
    if (!possessive && text[start + consumed] === '.' && /^\.\s+\p{Lu}/u.test(text.slice(start + consumed))) {
      const prev = tokens.at(-1);
      const closesName = !!prev && isSpaced(gap) && capitalised(prev.text) && opensPlaceName(`${word.toLowerCase()}.`);
      if (!closesName && isInitialOrTitle(word)) {
        word += '.';
        consumed++;
      }
    }
    // "Farmers' leader": a plural possessive keeps its apostrophe out of the next gap.
    const next = text[start + consumed];
    if (next !== undefined && "'’‘ʼ".includes(next) && word.endsWith('s') && PLURAL_POSSESSIVE_MARK.test(text.slice(start + consumed))) {
      possessive = true;
      consumed++;
    }
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      lower: bare.toLowerCase(),
      tags: wordTags(bare),
      possessive,
      gap,
      sentenceStart: tokens.length === 0 || (gap !== ' ' && (/[.!?:;"“”‘’'–—-]\s*$/.test(gap) || /^\s*[-•*]\s/.test(gap))),
    });
    prevEnd = start + consumed;
  }
  return tokens;
}
