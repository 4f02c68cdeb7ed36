import type { Passage } from '../../../../passages/types.js';
import { processTerm } from '../../../../search/terms.js';
import type { DateMention } from '../../types.js';
import { CALENDAR_TERM, DATED_MONTH, DOTTED_ACRONYM } from './constants.js';
import { memoize } from '../../../../text/memo.js';

/**
 * Which day the corpus gives for a happening a phrase describes ("three days before the airstrike"):
 * the day-dated passages that share the most rare words with the description, scored as in a search.
 */

/** The best day must outscore any other day by this factor. */
const CLEAR_LEAD = 1.5;
/** Words in more than about a third of the passages say nothing about which happening is meant. */
const MIN_IDF = 1;

/** A word's stem; calendar words are none (pure, see memoize). */
const termOf = memoize((word): string | null => (CALENDAR_TERM.test(word) ? null : processTerm(word)));

/**
 * Stemmed content words, by a plain lower-case split: cheaper than the search folding, and only ever
 * compared with words split the same way.
 */
export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text
    .replace(DATED_MONTH, ' ')
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .toLowerCase()
    .replace(/['’]/g, '');
  for (const word of folded.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 2) continue;
    const term = termOf(word);
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

/** The days each passage gives (numbered), and the days' names: `dayNames[n]` is day n's YYYY-MM-DD. */
function numberDays(mentions: DateMention[]): { dayNames: string[]; daysOf: Map<string, number[]> } {
  const dayNames: string[] = [];
  const dayIds = new Map<string, number>();
  const daysOf = new Map<string, number[]>();
  for (const m of mentions) {
    if (m.precision !== 'day') continue;
    let day = dayIds.get(m.date);
    if (day === undefined) dayIds.set(m.date, (day = dayNames.push(m.date) - 1));
    const days = daysOf.get(m.passageId);
    if (!days) daysOf.set(m.passageId, [day]);
    else if (!days.includes(day)) days.push(day);
  }
  return { dayNames, daysOf };
}

/**
 * Scores day-dated passages against event descriptions. Rarity is measured over all passages (distinct
 * texts), for the descriptions' words only. Passages, texts and days are numbered once, so scoring a
 * description adds numbers in flat arrays: at 100,000 passages hundreds of distinct descriptions each
 * meet tens of thousands of passages.
 */
export class AnchorFinder {
  private readonly idf = new Map<string, number>();
  /** term -> the day-dated passages holding it (their numbers) */
  private readonly postings = new Map<string, number[]>();
  /** Per day-dated passage: the number of its text, and of each day it gives. */
  private readonly datedText: number[] = [];
  private readonly datedDays: number[][] = [];
  private readonly textIds = new Map<string, number>();
  private readonly dayNames: string[];
  private readonly threshold: number;
  private readonly dayMemo = new Map<string, DayTops>();
  private readonly score: Float64Array;
  private readonly touched: Uint8Array;
  private readonly daySlot: Int32Array;

  constructor(passages: Passage[], mentions: DateMention[], descriptions: string[]) {
    const { dayNames, daysOf } = numberDays(mentions);
    this.dayNames = dayNames;
    const df = this.indexPassages(passages, daysOf, new Set(descriptions.flatMap((d) => [...termsOf(d)])));
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

  /** Numbers the texts and the day-dated passages, posts the wanted terms of the dated ones; returns each wanted term's text frequency. */
  private indexPassages(passages: Passage[], daysOf: Map<string, number[]>, wanted: Set<string>): Map<string, number> {
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
    return df;
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

  /** Each passage's score over the description's words, passages in the order first met. */
  private scorePassages(words: string): number[] {
    const { score, touched } = this;
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
    return met;
  }

  /**
   * Per day, the best score of a passage dated that day and the best of a passage with another text:
   * all `dateOf` needs, computed once per description however many passages repeat it.
   */
  private dayScores(words: string): DayTops {
    const known = this.dayMemo.get(words);
    if (known) return known;
    const { score, touched, daySlot } = this;
    const tops: DayTops = { days: [], score: [], text: [], nextScore: [] };
    for (const i of this.scorePassages(words)) {
      const s = score[i]!;
      const text = this.datedText[i]!;
      score[i] = 0;
      touched[i] = 0;
      for (const day of this.datedDays[i]!) addDayScore(tops, daySlot, day, s, text);
    }
    for (const day of tops.days) daySlot[day] = -1;
    this.dayMemo.set(words, tops);
    return tops;
  }
}

/** Records passage score `s` (of text `text`) for `day`: the best per day, and the best of another text. */
function addDayScore(tops: DayTops, daySlot: Int32Array, day: number, s: number, text: number): void {
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
