/**
 * Sentence boundaries that a reader would draw: not after an abbreviation
 * (U.S., Dec., Gen., St.) or an initial, and not inside a quotation.
 */

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'rep',
  'reps',
  'sen',
  'sens',
  'gov',
  'pres',
  'sec',
  'amb',
  'atty',
  'supt',
  'insp',
  'det',
  'st',
  'ste',
  'mt',
  'ft',
  'jr',
  'sr',
  'rev',
  'hon',
  'fr',
  'sheikh',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'nos',
  'vol',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'vs',
  'v',
  'approx',
  'est',
  'ave',
  'blvd',
  'rd',
  'dept',
  'univ',
  'assn',
  'fig',
  'op',
  'cf',
  'al',
]);

const OPEN_QUOTES = new Set(['“', '"', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '"', '»', '“']);
const ALL_QUOTES = new Set(['“', '”', '"', '«', '»', '„']);

/** Longest passage we emit; a longer "sentence" (hostile or unpunctuated text) is cut at spaces. */
export const MAX_SENTENCE = 900;

export interface Span {
  start: number;
  end: number;
}

/** Spans of the quotations in a paragraph; an unclosed quote marks nothing. */
export function quotationSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!ALL_QUOTES.has(ch)) continue;
    const before = i > 0 ? text[i - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    const opens = OPEN_QUOTES.has(ch) || (ch === '”' && open < 0);
    const looksOpening = /[\s([:—–-]/.test(before) || ALL_QUOTES.has(before) || /['’‘]/.test(before) || i === 0;
    const looksClosing = /\S/.test(before) && !/\p{L}|\p{N}/u.test(after);
    if (open < 0 && opens && looksOpening && /\S/.test(after)) {
      open = i;
    } else if (open >= 0 && CLOSE_QUOTES.has(ch) && looksClosing) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  // The token that ends at the dot, e.g. "U.S", "Dec", "A".
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const token = text.slice(i, dot);
  if (!token) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return true; // U.S., U.N., e.g.
  if (/^\p{Lu}$/u.test(token)) return true; // an initial: "A. Smith"
  return ABBREVIATIONS.has(token.toLowerCase());
}

/** Splits a paragraph into trimmed sentence spans (offsets into `text`). */
export function splitSentences(text: string): Span[] {
  const quotes = quotationSpans(text);
  const inQuote = (pos: number) => quotes.some((q) => pos > q.start && pos < q.end - 1);
  const boundary = /([.!?…]+)(["”’)\]]*)(\s+)(?=["“‘([]?[\p{Lu}\p{N}])/gu;
  const spans: Span[] = [];
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const punct = m.index;
    const end = m.index + m[1]!.length + m[2]!.length;
    if (m[1] === '.' && !m[2] && isAbbreviationBefore(text, punct)) continue;
    if (inQuote(punct)) continue;
    pushTrimmed(text, start, end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans.flatMap((s) => capLength(text, s));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

function capLength(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--;
    pushTrimmed(text, start, cut, out);
    start = cut;
  }
  pushTrimmed(text, start, span.end, out);
  return out;
}
