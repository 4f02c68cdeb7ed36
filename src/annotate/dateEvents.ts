import type { Passage } from '../passages/types.js';
import { processTerm, tokenize } from '../search/terms.js';
import { addDays } from './dateCalendar.js';
import type { DateMention } from './dates.js';

/**
 * "three days before the airstrike": a date counted from another happening,
 * never from publication. It is dated only when the corpus itself dates that
 * happening, plainly: the day-dated passages that share the most rare words
 * with the words after "before"/"after" all give one day, well ahead of any
 * other day. Otherwise the phrase is skipped.
 */

const COUNT = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})';
const OFFSET = new RegExp(`\\b${COUNT}\\s+(days?|weeks?)\\s+(before|after|prior\\s+to|ahead\\s+of)\\s+`, 'gi');
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
/** Words that describe the other happening: up to the end of its clause, at most this many. */
const EVENT_WORDS = 10;
/** The best day must outscore any other day by this factor. */
const CLEAR_LEAD = 1.5;

/** Calendar words say when, not what. "march" and "may" are words too: they count unless a date's figures are beside them. */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december|day|days|week|weeks|month|year|\d+)$/;
const DATED_MONTH = /\b(?:march|may)\.?\s+\d{1,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:march|may)\b/gi;

export function resolveEventOffsets(passages: Passage[], mentions: DateMention[]): DateMention[] {
  const phrases: { passage: Passage; match: RegExpExecArray; clause: string; words: string[] }[] = [];
  for (const passage of passages) {
    if (passage.text.search(OFFSET) < 0) continue;
    for (const match of passage.text.matchAll(OFFSET)) {
      const after = passage.text.slice(match.index + match[0].length);
      // A passage is one sentence: the clause runs to the next clause mark, or the end.
      const clause = after.split(/[,;:()“”"—–]/)[0]!.replace(/[.!?]+\s*$/, '');
      const words = clause.trim().split(/\s+/).filter(Boolean).slice(0, EVENT_WORDS);
      if (words.length >= 2) phrases.push({ passage, match: match as RegExpExecArray, clause, words });
    }
  }
  if (!phrases.length) return [];
  const anchors = new AnchorFinder(passages, mentions, phrases.map((p) => p.words.join(' ')));
  const found: DateMention[] = [];
  for (const { passage: p, match: m, clause, words } of phrases) {
    const anchor = anchors.dateOf(words.join(' '), p);
    if (!anchor) continue;
    const n = (NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])) * (/^week/i.test(m[2]!) ? 7 : 1);
    const sign = /^(?:before|prior|ahead)/i.test(m[3]!) ? -1 : 1;
    // The phrase as written: the offset and the event's words, verbatim from the passage.
    const event = new RegExp(`^\\s*(?:\\S+\\s+){${words.length - 1}}\\S+`).exec(clause)!;
    const end = m.index + m[0].length + event[0].length;
    found.push({
      passageId: p.id,
      start: p.start + m.index,
      end: p.start + end,
      text: p.text.slice(m.index, end),
      date: addDays(anchor, sign * n),
      precision: 'day',
      basis: 'event',
    });
  }
  return found;
}

const stems = new Map<string, string | null>();
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;
/** Words in more than about a third of the passages say nothing about which happening is meant. */
const MIN_IDF = 1;

/**
 * Stemmed content words, by a plain lower-case split: cheaper than the search
 * folding, and only ever compared with words split the same way.
 */
function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text
    .replace(DATED_MONTH, ' ')
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/['’]/g, '');
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2) continue;
    let term = stems.get(word);
    if (term === undefined) {
      term = CALENDAR.test(word) ? null : processTerm(word);
      if (stems.size < 200_000) stems.set(word, term);
    }
    if (term) out.add(term);
  }
  return out;
}

/** Per day a description touches, in the order first met: the best score of a passage dated that day, its text, and the best of a passage with another text. */
interface DayTops {
  days: number[];
  score: number[];
  text: number[];
  nextScore: number[];
}

/**
 * Scores day-dated passages against event descriptions. Rarity is measured
 * over all passages (distinct texts), for the descriptions' words only.
 * Passages, texts and days are numbered once, so scoring a description adds
 * numbers in flat arrays: at 100,000 passages hundreds of distinct
 * descriptions each meet tens of thousands of passages.
 */
class AnchorFinder {
  private readonly idf = new Map<string, number>();
  /** term -> the day-dated passages holding it (their numbers) */
  private readonly postings = new Map<string, number[]>();
  /** Per day-dated passage: the number of its text, and of each day it gives. */
  private readonly datedText: number[] = [];
  private readonly datedDays: number[][] = [];
  private readonly textIds = new Map<string, number>();
  private readonly dayNames: string[] = [];
  private readonly threshold: number;
  private readonly dayMemo = new Map<string, DayTops>();
  private readonly score: Float64Array;
  private readonly touched: Uint8Array;
  private readonly daySlot: Int32Array;

  constructor(passages: Passage[], mentions: DateMention[], descriptions: string[]) {
    const wanted = new Set(descriptions.flatMap((d) => [...termsOf(d)]));
    const dayIds = new Map<string, number>();
    const daysOf = new Map<string, number[]>();
    for (const m of mentions) {
      if (m.precision !== 'day') continue;
      let day = dayIds.get(m.date);
      if (day === undefined) dayIds.set(m.date, (day = this.dayNames.push(m.date) - 1));
      const days = daysOf.get(m.passageId);
      if (!days) daysOf.set(m.passageId, [day]);
      else if (!days.includes(day)) days.push(day);
    }
    const df = new Map<string, number>();
    for (const p of passages) {
      const distinct = !this.textIds.has(p.text);
      const days = daysOf.get(p.id);
      if (!distinct && !days) continue;
      if (distinct) this.textIds.set(p.text, this.textIds.size);
      const dated = days ? this.datedText.push(this.textIds.get(p.text)!) - 1 : -1;
      if (days) this.datedDays.push(days);
      for (const t of termsOf(p.text)) {
        if (!wanted.has(t)) continue;
        if (distinct) df.set(t, (df.get(t) ?? 0) + 1);
        if (dated < 0) continue;
        const list = this.postings.get(t);
        if (list) list.push(dated);
        else this.postings.set(t, [dated]);
      }
    }
    const n = Math.max(this.textIds.size, 2);
    for (const [t, count] of df) {
      const idf = Math.log(n / count);
      if (idf >= MIN_IDF) this.idf.set(t, idf);
      else this.postings.delete(t);
    }
    this.threshold = Math.log(n);
    this.score = new Float64Array(this.datedText.length);
    this.touched = new Uint8Array(this.datedText.length);
    this.daySlot = new Int32Array(this.dayNames.length).fill(-1);
  }

  /** The one day the corpus gives for the happening `words` describe, or null. */
  dateOf(words: string, from: Passage): string | null {
    const tops = this.dayScores(words);
    const fromText = this.textIds.get(from.text) ?? -1;
    let best: [string, number] | undefined;
    let second: [string, number] | undefined;
    for (let k = 0; k < tops.days.length; k++) {
      // The sentence itself (or a copy of it) cannot date its own reference point.
      const score = tops.text[k] !== fromText ? tops.score[k]! : tops.nextScore[k]!;
      if (score <= 0) continue;
      const day = this.dayNames[tops.days[k]!]!;
      if (!best || score > best[1]) [second, best] = [best, [day, score]];
      else if (!second || score > second[1]) second = [day, score];
    }
    if (!best || best[1] < this.threshold) return null;
    if (second && second[1] * CLEAR_LEAD > best[1]) return null;
    return best[0];
  }

  /**
   * Per day, the best score of a passage dated that day and the best of a
   * passage with another text: all `dateOf` needs, computed once per
   * description however many passages repeat it.
   */
  private dayScores(words: string): DayTops {
    const known = this.dayMemo.get(words);
    if (known) return known;
    const { score, touched, daySlot } = this;
    // Each passage's score over the description's words, passages in the order first met.
    const met: number[] = [];
    for (const t of termsOf(words)) {
      const weight = this.idf.get(t) ?? 0;
      for (const i of this.postings.get(t) ?? []) {
        if (!touched[i]) {
          touched[i] = 1;
          met.push(i);
        }
        score[i] = score[i]! + weight;
      }
    }
    const tops: DayTops = { days: [], score: [], text: [], nextScore: [] };
    for (const i of met) {
      const s = score[i]!;
      const text = this.datedText[i]!;
      score[i] = 0;
      touched[i] = 0;
      for (const day of this.datedDays[i]!) {
        const k = daySlot[day]!;
        if (k < 0) {
          daySlot[day] = tops.days.push(day) - 1;
          tops.score.push(s);
          tops.text.push(text);
          tops.nextScore.push(0);
        } else if (text === tops.text[k]) tops.score[k] = Math.max(tops.score[k]!, s);
        else if (s > tops.score[k]!) {
          tops.nextScore[k] = tops.score[k]!;
          tops.score[k] = s;
          tops.text[k] = text;
        } else tops.nextScore[k] = Math.max(tops.nextScore[k]!, s);
      }
    }
    for (const day of tops.days) daySlot[day] = -1;
    this.dayMemo.set(words, tops);
    return tops;
  }
}
