/**
 * The tokenizer of the extractors' clause reading (quantities, crowd claims, their claimants and
 * places): numbers, words and single marks, with offsets. The name reader segments words its own way
 * on top of the same rules (../names/tokens.ts).
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
