import {
  ATTRIBUTION_VERBS,
  CALENDAR_WORDS,
  CLAIM_NOUNS,
  CLAUSE_WORDS,
  FIGURE_NOUNS,
  GATHERING_NOUNS,
  LOCATION_PREPOSITIONS,
  PEOPLE_NOUNS,
  SUBORDINATORS,
  TIME_WORDS,
} from './crowdWords.js';
import { lexiconTags, wordTags } from './nameTags.js';
import type { Quantity, Token } from './quantity.js';

/**
 * Attribution asides: a bracket or a pair of dashes after a people count that gives other sources'
 * figures for the same crowd, as European reporting often does: "Hundreds of thousands of people
 * (police: 1.5 million; organisers: 5 million) gathered", "(1.5 million according to police, 5 million
 * according to organisers)", "(police said 20,000)", "— 20,000 according to police —". Every figure of
 * such an aside counts the same gathering as the count before it; its label (before the colon, after
 * "according to", before the speech verb) is who gave it. An aside that is not wholly such
 * attributions ("(about 12 miles)", "(PMF)", "(2,000 in 2019)", "(Istanbul: 1.5 million)") gives nothing.
 */

export interface AsideFigure {
  /** The index (in the passage's quantities) of the people count the aside follows. */
  head: number;
  /** Who the aside says gave the figure, as written. */
  claimant: string;
}

export interface Asides {
  /** The asides' figures, by their index in the passage's quantities. */
  figures: Map<number, AsideFigure>;
  /** Each aside's text span [start, end) inside its marks: no figure outside it takes a claimant from it. */
  spans: Array<[number, number]>;
}

const DASHES = new Set(['—', '–']);
/** Marks that end the stretch between a count and an aside about it: "Thousands marched in Paris (police: 20,000)". */
const HARD_BREAKS = new Set(['.', ';', ':', '?', '!', '(', ')', '[', ']', '"', '“', '”', '—', '–']);
/** Tokens read from the end of a count's noun phrase to an aside's opening mark. */
const OPENER_REACH = 12;
/** Words a source's label may hold: "police", "the interior ministry", "a spokesman for the organisers". */
const LABEL_REACH = 8;
/** Words after a speech verb before "at": "police put it at 20,000", "police put the number at 20,000". */
const PUT_REACH = 3;
const PUT_VERBS = new Set(['put', 'puts', 'estimated', 'estimates', 'placed', 'places', 'pegged', 'pegs']);
/** Words between a source and its verb: "police later said". */
const LABEL_AUXILIARIES = new Set(['had', 'has', 'have', 'did', 'also', 'later', 'initially', 'first', 'then', 'themselves']);
/** First words that make a label a phrase of time, place or comparison, not a source: "in 2019", "than the police". */
const NOT_SOURCE_OPENERS = new Set(['on', 'for', 'by', 'with', 'of', 'than', 'per', 'last', 'next', 'previous', 'this', 'up', 'down', 'about', 'over', 'under']);
/** Words that describe an estimate and name no one: "(official estimate: 20,000)". */
/** A describing word that still says who gave a figure: "(official estimate: 2,500)", "(official figures: 2,500)". */
const OFFICIAL = new Set(['official']);
const DESCRIBING_ONLY = new Set(['official', 'unofficial', 'initial', 'final', 'latest', 'early', 'preliminary', 'independent', 'other', 'own', 'crowd']);

function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'punct') return false;
  // a spaced hyphen is a dash: "people - 20,000 according to police - marched"
  return DASHES.has(t.text) || (t.text === '-' && tokens[k - 1]?.end !== t.start && tokens[k + 1]?.start !== t.end);
}

/** The token closing the aside opened at `open`: its ")" or the next dash; the sentence's end when none. */
function closeOf(tokens: Token[], open: number): number | null {
  if (tokens[open]!.text === ',') return commaCloseOf(tokens, open);
  const dash = isDash(tokens, open);
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (dash ? isDash(tokens, k) : t.text === ')') return k;
    if (t.text === '(' || t.text === ')' || (!dash && isDash(tokens, k))) return null;
  }
  // no closing mark: the aside runs to the sentence's end, without its final stop
  let end = tokens.length;
  while (end - 1 > open && tokens[end - 1]!.kind === 'punct' && ['.', '!', '?', '"', '”'].includes(tokens[end - 1]!.text)) end--;
  return end;
}

/** The token closing a comma aside: the next comma or ";", else the sentence's end; null at a bracket or dash. */
function commaCloseOf(tokens: Token[], open: number): number | null {
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';') return k;
    if (HARD_BREAKS.has(t.text) && t.text !== '.') return null;
    if (isDash(tokens, k)) return null;
  }
  let end = tokens.length;
  while (end - 1 > open && tokens[end - 1]!.kind === 'punct' && ['.', '!', '?', '"', '”'].includes(tokens[end - 1]!.text)) end--;
  return end;
}

function isWordOfLabel(t: Token): boolean {
  return t.kind === 'word' || t.text === '.' || t.text === "'" || t.text === '’' || t.text === '-' || t.text === '&';
}

/** "years", "2019", "Sunday", "last week": a label with such a word is a time, not a source. */
function isTimeWord(t: Token): boolean {
  const stem = t.lower.replace(/'s$/, '').replace(/s$/, '');
  return (!['the', 'a', 'an'].includes(t.lower) && CALENDAR_WORDS.has(t.lower)) || TIME_WORDS.has(t.lower) || TIME_WORDS.has(stem);
}

function isPlace(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word' && !['the', 'of'].includes(t.lower));
  if (!words.length || !words.every((t) => /^\p{Lu}/u.test(t.text))) return false;
  if (lexiconTags(words.map((t) => t.lower).join(' ')).some((tag) => /^(?:Place|City|Country|Region)$/.test(tag))) return true;
  return words.every((t) => wordTags(t.text).has('Place'));
}

function isDemonymOrPeople(t: Token): boolean {
  if (PEOPLE_NOUNS.has(t.lower)) return true;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  const tags = wordTags(t.text);
  return !tags.has('Place') && (tags.has('Demonym') || lexiconTags(t.lower).includes('Demonym'));
}

/**
 * Tokens [from, to] name a source. With `strict` (a label before a colon, or before a bare figure) it must
 * not name what the aside could break the count down by instead: a place ("Istanbul: 1.5 million"), a
 * group of people ("women: 2,000"), a gathering ("vigil: 200") or a time ("2019: 2,000", "last year: …").
 * A claim noun or speech verb after a source is dropped ("police estimate: 20,000", "police said: 20,000" → "police"). The label as written, else null.
 */
function sourceLabel(text: string, tokens: Token[], from: number, to: number, strict: boolean): string | null {
  while (to >= from && tokens[to]!.kind === 'punct' && tokens[to]!.text !== '.') to--;
  if (to < from || to - from + 1 > LABEL_REACH) return null;
  const words = tokens.slice(from, to + 1);
  if (!words.every(isWordOfLabel) || !words.some((t) => t.kind === 'word')) return null;
  const first = words[0]!;
  if (first.kind !== 'word' || LOCATION_PREPOSITIONS.has(first.lower) || SUBORDINATORS.has(first.lower) || NOT_SOURCE_OPENERS.has(first.lower) || CLAUSE_WORDS.has(first.lower)) return null;
  if (words.some(isTimeWord)) return null;
  if (strict) {
    // "police estimate: 20,000" is by police; "official estimate: 20,000" names no one
    const says = (t: Token) => CLAIM_NOUNS.has(t.lower) || FIGURE_NOUNS.has(t.lower) || (t.text === t.lower && ATTRIBUTION_VERBS.has(t.lower));
    const whole = to;
    while (to > from && says(tokens[to]!)) to--;
    const last = tokens[to]!;
    // "(official estimate: 2,500)": the officials' figure, named as the aside names it
    if (to === from && to < whole && OFFICIAL.has(last.lower) && (CLAIM_NOUNS.has(tokens[to + 1]!.lower) || FIGURE_NOUNS.has(tokens[to + 1]!.lower))) {
      return text.slice(tokens[from]!.start, tokens[whole]!.end);
    }
    if (says(last) || DESCRIBING_ONLY.has(last.lower)) return null;
    if (isDemonymOrPeople(last) || GATHERING_NOUNS.has(last.lower) || isPlace(tokens, from, to)) return null;
  }
  return text.slice(tokens[from]!.start, tokens[to]!.end);
}

/**
 * Tokens [from, to] describe an estimate and name no one: "initial estimate", "the latest figures". Such an
 * aside is about the count's crowd, so no source is read from it, but it gives its figure to no one.
 */
function describesOnly(tokens: Token[], from: number, to: number): boolean {
  while (to >= from && tokens[to]!.kind === 'punct') to--;
  if (to <= from || !(CLAIM_NOUNS.has(tokens[to]!.lower) || FIGURE_NOUNS.has(tokens[to]!.lower))) return false;
  const words = tokens.slice(from, to);
  return words.some((t) => DESCRIBING_ONLY.has(t.lower)) && words.every((t) => DESCRIBING_ONLY.has(t.lower) || ['the', 'an', 'a'].includes(t.lower));
}

/** One figure of an aside and who gave it (null: no one named), with the token after it. */
interface Item {
  quantity: number;
  claimant: string | null;
  next: number;
}

/**
 * Parses the aside's tokens (open, close) into attributions, each "LABEL: N", "N according to LABEL",
 * "according to LABEL, N", "LABEL said N" ("put it at N"), or after the first a bare "LABEL N", separated by
 * ";", "," or "and". null when any part is something else.
 */
function parseAside(text: string, tokens: Token[], open: number, close: number, quantityAt: Map<number, number>, quantities: Quantity[]): Item[] | null {
  const items: Item[] = [];
  let pos = open + 1;
  // between commas only "N according to LABEL" is an aside: ", 50,000 according to police,"
  const figureFirst = tokens[open]!.text === ',';
  // after a figure (and the people noun it may take): the token its item ends at
  const afterFigure = (qi: number): number => {
    let k = quantities[qi]!.last + 1;
    if (k < close && tokens[k]!.kind === 'word' && isDemonymOrPeople(tokens[k]!)) k++;
    return k;
  };
  const labelEnd = (from: number): number => {
    let k = from;
    while (k < close && isWordOfLabel(tokens[k]!) && !quantityAt.has(k) && !(tokens[k]!.lower === 'and' && quantityAt.has(k + 1))) k++;
    return k;
  };
  while (pos < close) {
    let item: Item | null = null;
    const qi = quantityAt.get(pos);
    if (qi !== undefined) {
      // "1.5 million according to police", "1.5 million, according to police"
      let k = afterFigure(qi);
      if (tokens[k]?.text === ',') k++;
      if (k + 1 < close && tokens[k]!.lower === 'according' && tokens[k + 1]!.lower === 'to') {
        const end = labelEnd(k + 2);
        const claimant = sourceLabel(text, tokens, k + 2, end - 1, false);
        if (claimant) item = { quantity: qi, claimant, next: end };
      }
    } else if (figureFirst) {
      return null;
    } else if (tokens[pos]!.lower === 'according' && tokens[pos + 1]?.lower === 'to') {
      // "according to police, 1.5 million"
      const end = labelEnd(pos + 2);
      const figure = quantityAt.get(tokens[end]?.text === ',' ? end + 1 : end);
      const claimant = sourceLabel(text, tokens, pos + 2, end - 1, false);
      if (claimant && figure !== undefined) item = { quantity: figure, claimant, next: afterFigure(figure) };
    } else {
      const end = labelEnd(pos);
      let verb = -1;
      for (let k = pos; k < end; k++) {
        const t = tokens[k]!;
        if (t.kind === 'word' && t.text === t.lower && ATTRIBUTION_VERBS.has(t.lower) && t.lower !== 'according') {
          verb = k;
          break;
        }
      }
      if (tokens[end]?.text === ':') {
        // "police: 1.5 million", "police said: 20,000", "police estimate: 20,000"
        const figure = quantityAt.get(end + 1);
        const claimant = sourceLabel(text, tokens, pos, end - 1, true);
        if ((claimant || describesOnly(tokens, pos, end - 1)) && figure !== undefined) item = { quantity: figure, claimant, next: afterFigure(figure) };
      } else if (verb > pos) {
        // "police said 20,000", "police said that 20,000", "police put it at 20,000"
        let k = verb + 1;
        if (tokens[k]?.lower === 'that') k++;
        else if (PUT_VERBS.has(tokens[verb]!.lower) && !quantityAt.has(k)) {
          let at = k;
          while (at < end && at - k < PUT_REACH && tokens[at]!.lower !== 'at') at++;
          if (tokens[at]?.lower === 'at') k = at + 1;
        }
        let last = verb - 1;
        while (last > pos && LABEL_AUXILIARIES.has(tokens[last]!.lower)) last--;
        const figure = quantityAt.get(k);
        const claimant = sourceLabel(text, tokens, pos, last, false);
        if (claimant && figure !== undefined) item = { quantity: figure, claimant, next: afterFigure(figure) };
      } else if (items.length && verb < 0 && quantityAt.has(end)) {
        // "(police: 20,000, organisers 50,000)": a later source may drop its colon
        const figure = quantityAt.get(end)!;
        const claimant = sourceLabel(text, tokens, pos, end - 1, true);
        if (claimant) item = { quantity: figure, claimant, next: afterFigure(figure) };
      }
    }
    if (!item || item.next > close) return null;
    items.push(item);
    pos = item.next;
    if (pos >= close) break;
    // a separator before the next attribution: ";", ",", "and", ", and"
    if (tokens[pos]!.text === ';' || tokens[pos]!.text === ',') pos++;
    if (tokens[pos]?.lower === 'and' && pos < close) pos++;
    else if (pos === item.next) return null;
    if (pos >= close) return null;
  }
  return items.length ? items : null;
}

/**
 * The figures of attribution asides in one sentence, by their index in `quantities`. An aside opens right after
 * a count's noun phrase ("Hundreds of thousands of people (police: …)") or closes that count's clause ("Thousands
 * marched in Paris (police: 20,000)"), with no other figure, stop or subordinate clause between; `phraseEnd` gives
 * the token just past a count's noun phrase. Whether the count before is a crowd is for the caller to decide.
 */
export function attributionAsides(
  text: string,
  tokens: Token[],
  quantities: Quantity[],
  phraseEnd: (q: Quantity) => number,
): Asides {
  const found = new Map<number, AsideFigure>();
  const spans: Array<[number, number]> = [];
  const quantityAt = new Map(quantities.map((q, i) => [q.first, i]));
  for (const [head, q] of quantities.entries()) {
    if (found.has(head)) continue;
    let open = -1;
    for (let k = phraseEnd(q); k < tokens.length && k - phraseEnd(q) < OPENER_REACH; k++) {
      const t = tokens[k]!;
      // ", 50,000 according to police,": a comma right before a figure may open an aside too
      if (t.text === '(' || isDash(tokens, k) || (t.text === ',' && quantityAt.has(k + 1))) {
        open = k;
        break;
      }
      if (quantityAt.has(k) || HARD_BREAKS.has(t.text) || SUBORDINATORS.has(t.lower)) break;
      if (t.text === ',' && CLAUSE_WORDS.has(tokens[k + 1]?.lower ?? '')) break;
    }
    if (open < 0) continue;
    const close = closeOf(tokens, open);
    if (close === null) continue;
    const items = parseAside(text, tokens, open, close, quantityAt, quantities);
    if (!items) continue;
    for (const item of items) if (item.claimant) found.set(item.quantity, { head, claimant: item.claimant });
    spans.push([tokens[open]!.end, tokens[close - 1]!.end]);
  }
  return { figures: found, spans };
}

/**
 * The text with the asides' words blanked (offsets kept): reading who gave the count before an aside must not
 * find the aside's sources ("Tens of thousands of people (20,000 according to police)" is the publisher's).
 */
export function withoutAsides(text: string, spans: Array<[number, number]>): string {
  let out = text;
  for (const [start, end] of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}
