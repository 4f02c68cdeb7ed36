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

const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|day|days|week|weeks|month|year|\d+)$/;

export function resolveEventOffsets(passages: Passage[], mentions: DateMention[]): DateMention[] {
  const candidates = passages.filter((p) => p.text.search(OFFSET) >= 0);
  if (!candidates.length) return [];
  const anchors = new AnchorFinder(passages, mentions);
  const found: DateMention[] = [];
  for (const p of candidates) {
    for (const m of p.text.matchAll(OFFSET)) {
      const after = p.text.slice(m.index + m[0].length);
      // A passage is one sentence: the clause runs to the next clause mark, or the end.
      const clause = after.split(/[,;:()“”"—–]/)[0]!.replace(/[.!?]+\s*$/, '');
      const words = clause.trim().split(/\s+/).slice(0, EVENT_WORDS);
      if (words.length < 2) continue;
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
  }
  return found;
}

class AnchorFinder {
  private readonly termsByPassage = new Map<string, Set<string>>();
  private readonly idf = new Map<string, number>();
  /** term -> day-dated passages holding it */
  private readonly postings = new Map<string, Passage[]>();
  private readonly daysOf = new Map<string, Set<string>>();
  private readonly textOf = new Map<string, string>();
  private readonly threshold: number;
  private readonly memo = new Map<string, Map<string, number>>();

  constructor(passages: Passage[], mentions: DateMention[]) {
    const distinct = new Map<string, Passage>();
    for (const p of passages) distinct.set(p.text, p);
    const df = new Map<string, number>();
    for (const p of distinct.values()) for (const t of this.terms(p.text)) df.set(t, (df.get(t) ?? 0) + 1);
    const n = Math.max(distinct.size, 2);
    for (const [t, count] of df) this.idf.set(t, Math.log(n / count));
    this.threshold = Math.log(n);

    const byId = new Map(passages.map((p) => [p.id, p]));
    for (const m of mentions) {
      if (m.precision !== 'day') continue;
      const days = this.daysOf.get(m.passageId) ?? new Set<string>();
      days.add(m.date);
      this.daysOf.set(m.passageId, days);
    }
    for (const id of this.daysOf.keys()) {
      const p = byId.get(id)!;
      this.textOf.set(id, p.text);
      for (const t of this.termsOf(p)) {
        const list = this.postings.get(t);
        if (list) list.push(p);
        else this.postings.set(t, [p]);
      }
    }
  }

  private terms(text: string): Set<string> {
    const out = new Set<string>();
    for (const w of tokenize(text)) {
      if (CALENDAR.test(w)) continue;
      const t = processTerm(w);
      if (t) out.add(t);
    }
    return out;
  }

  private termsOf(p: Passage): Set<string> {
    let set = this.termsByPassage.get(p.id);
    if (!set) this.termsByPassage.set(p.id, (set = this.terms(p.text)));
    return set;
  }

  /** The one day the corpus gives for the happening `words` describe, or null. */
  dateOf(words: string, from: Passage): string | null {
    const scores = this.passageScores(words);
    const byDay = new Map<string, number>();
    for (const [id, score] of scores) {
      // The sentence itself (or a copy of it) cannot date its own reference point.
      if (id === from.id || this.textOf.get(id) === from.text) continue;
      for (const day of this.daysOf.get(id) ?? []) byDay.set(day, Math.max(byDay.get(day) ?? 0, score));
    }
    const ranked = [...byDay].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (!best || best[1] < this.threshold) return null;
    if (second && second[1] * CLEAR_LEAD > best[1]) return null;
    return best[0];
  }

  private passageScores(words: string): Map<string, number> {
    let scores = this.memo.get(words);
    if (scores) return scores;
    scores = new Map();
    const terms = this.terms(words);
    for (const t of terms) {
      const weight = this.idf.get(t) ?? 0;
      for (const p of this.postings.get(t) ?? []) scores.set(p.id, (scores.get(p.id) ?? 0) + weight);
    }
    this.memo.set(words, scores);
    return scores;
  }
}
