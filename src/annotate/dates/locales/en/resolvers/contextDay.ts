import type { Passage } from '../../../../../passages/types.js';
import { addDays, mondayOf } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { quotationSpans } from '../../../../../passages/sentences.js';
import {
  countOf,
  DAY_AFTER_ALONE,
  DAYS_LATER,
  FORWARD,
  MAY_HOLD_CONTEXT,
  NEXT_OR_PREVIOUS_DAY,
  NEXT_OR_PREVIOUS_WEEK,
  SAME_DAY,
  SINCE_BEFORE,
} from '../constants.js';
import { looksAhead } from '../tense.js';

/**
 * "The next day", "two days later", "that night": a day counted from the date the report has just given,
 * as a reader counts it. The date is the last day-precise one before the phrase in its sentence, else
 * the last of the sentence before (of the same article, no headline or caption in between; past a
 * paragraph break, only a date that sentence gives itself). With none, the phrase is skipped: it is
 * never counted from publication.
 */

interface Form {
  pattern: RegExp;
  offset: (m: RegExpExecArray) => { days: number; precision: 'day' | 'week' };
}

const FORMS: Form[] = [
  // "the next day", "the following morning", "the previous night"
  { pattern: NEXT_OR_PREVIOUS_DAY, offset: (m) => ({ days: FORWARD.test(m[1]!) ? 1 : -1, precision: 'day' }) },
  // "the next week", "the following week": the week after
  { pattern: NEXT_OR_PREVIOUS_WEEK, offset: (m) => ({ days: FORWARD.test(m[1]!) ? 7 : -7, precision: 'week' }) },
  // "the day after," on its own; "the day after the vote" names another happening instead.
  { pattern: DAY_AFTER_ALONE, offset: (m) => ({ days: /^after$/i.test(m[2]!) ? 1 : -1, precision: 'day' }) },
  {
    // "two days later", "a week earlier", "four days before," on its own
    pattern: DAYS_LATER,
    offset: (m) => {
      const n = countOf(m[1]!) * (/^week/i.test(m[2]!) ? 7 : 1);
      return { days: /^(?:earlier|before)$/i.test(m[3]!) ? -n : n, precision: 'day' };
    },
  },
  // "that night", "later that day", "the same day", "hours later"
  { pattern: SAME_DAY, offset: () => ({ days: 0, precision: 'day' }) },
];

/** A phrase counted from context in a sentence: where it is, and the days it counts from its anchor. */
export interface ContextPhrase {
  index: number;
  text: string;
  days: number;
  precision: 'day' | 'week';
}

/** The phrases counted from context in `text` ("the next day", "a week later", "that night"), in text order. */
export function contextPhrases(text: string): ContextPhrase[] {
  if (!MAY_HOLD_CONTEXT.test(text)) return [];
  return FORMS.flatMap((form) => [...text.matchAll(form.pattern)].map((m) => ({ index: m.index, text: m[0], ...form.offset(m) }))).sort(
    (a, b) => a.index - b.index,
  );
}

/**
 * Whether a day may be counted from: not one inside a quotation ("a speech on "Democracy after September 11"")
 * nor one after "since" ("on strike since May 22"), which name no day the story is at.
 */
function anchorable(m: DateMention, passage: Passage | undefined): boolean {
  if (!passage) return true;
  const at = m.start - passage.start;
  return !SINCE_BEFORE.test(passage.text.slice(0, at)) && !quotationSpans(passage.text).some((q) => q.start < at && at < q.end);
}

/** Day-precise dates per passage, in text order; resolved phrases join them, so "a day later" can follow "the next day". */
class DaysByPassage {
  private readonly days = new Map<string, DateMention[]>();
  /** `same-day-anchor`: the phrases counted with no days ("That day", "the same day"), which stand on the day the text gave. */
  private readonly steady = new Set<DateMention>();
  constructor(mentions: DateMention[], passages: Passage[]) {
    const byId = new Map(passages.map((p) => [p.id, p]));
    mentions.filter((m) => anchorable(m, byId.get(m.passageId))).forEach((m) => this.add(m));
  }
  add(m: DateMention): void {
    if (m.precision !== 'day') return;
    const list = this.days.get(m.passageId) ?? [];
    list.push(m);
    this.days.set(
      m.passageId,
      list.sort((a, b) => a.end - b.end),
    );
  }
  of(passageId: string): DateMention[] {
    return this.days.get(passageId) ?? [];
  }
  /** A phrase counted from context with no days: it names the very day its anchor did. */
  addSteady(m: DateMention): void {
    this.steady.add(m);
  }
  /** Whether a day may anchor across a paragraph break: one the text gives itself, or a phrase that kept such a day. */
  givenByText(m: DateMention): boolean {
    return m.basis !== 'context' || this.steady.has(m);
  }
}

/** How many paragraphs back a phrase may find the day it counts from, past sentences that give no date. */
const LOOKBACK_PARAGRAPHS = 3;

/**
 * The date a phrase at [start, end) of `passage` counts from: the last before it in its sentence, else the
 * sentence before's (`earlier`: the article's body sentences before it, nearest last). `context-lookback`:
 * when the sentences just before give no date at all, the last date the text itself gave up to three
 * paragraphs back ("The next day" after a paragraph of testimony that follows "On March 13, …").
 */
function anchorOf(days: DaysByPassage, dated: ReadonlySet<string>, passage: Passage, earlier: readonly Passage[], start: number): DateMention | undefined {
  const own = days
    .of(passage.id)
    .filter((d) => d.end <= start)
    .at(-1);
  if (own) return own;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = earlier[i]!;
    if (i < earlier.length - 1 && passage.paragraph - before.paragraph > LOOKBACK_PARAGRAPHS) return undefined;
    // The nearest sentence that gives any date decides: a week or a month there moves the story off the day.
    if (!dated.has(before.id)) continue;
    // Across a paragraph break, only a date the text gives itself: a chain of "later"s soon loses its count. `same-day-anchor`:
    // "That day" counted from "May 2" is still May 2, so "A week earlier" a paragraph on counts from it.
    const sameParagraph = before.paragraph === passage.paragraph && i === earlier.length - 1;
    return days
      .of(before.id)
      .filter((d) => sameParagraph || days.givenByText(d))
      .at(-1);
  }
  return undefined;
}

/** The phrases of one body passage, counted from their anchors; each joins `days` as it is found. */
function resolvePassage(days: DaysByPassage, dated: Set<string>, passage: Passage, earlier: readonly Passage[], published: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (const { index, text, days: offset, precision } of contextPhrases(passage.text)) {
    const start = passage.start + index;
    const end = start + text.length;
    if (days.of(passage.id).some((d) => d.start < end && start < d.end)) continue;
    const anchor = anchorOf(days, dated, passage, earlier, start);
    if (!anchor) continue;
    const day = addDays(anchor.date, offset);
    // A day counted past publication in a sentence that does not look ahead is a miscount: it counts from some other day.
    if (published && day > published && !looksAhead(passage.text)) continue;
    const mention: DateMention = {
      passageId: passage.id,
      start,
      end,
      text,
      date: precision === 'week' ? mondayOf(day) : day,
      precision,
      basis: 'context',
    };
    found.push(mention);
    days.add(mention);
    if (offset === 0 && days.givenByText(anchor)) days.addSteady(mention);
    dated.add(passage.id);
  }
  return found;
}

export const contextDay: DateResolver = {
  name: 'context-day',
  reason:
    '"The next day", "two days later", "that night" are counted from the date the report has just given (up to three paragraphs back when the sentences between give none), never from publication.',
  resolve({ passages, mentions, published }) {
    const days = new DaysByPassage(mentions, passages);
    const dated = new Set(mentions.map((m) => m.passageId));
    const found: DateMention[] = [];
    // The article's body sentences since its start or its last headline or caption.
    let earlier: Passage[] = [];
    for (const passage of passages) {
      if (earlier.length && earlier[0]!.articleId !== passage.articleId) earlier = [];
      if (passage.kind !== 'body') {
        earlier = [];
        continue;
      }
      found.push(...resolvePassage(days, dated, passage, earlier, published(passage.articleId)));
      earlier.push(passage);
    }
    return found;
  },
};
