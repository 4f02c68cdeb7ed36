import type { Passage } from '../../../../../passages/types.js';
import { addDays } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { AnchorFinder } from '../eventAnchors.js';
import { BACKWARD, countOf, EVENT_CLAUSE_END, EVENT_OFFSET } from '../constants.js';

/**
 * "three days before the airstrike": a date counted from another happening, never from publication. It
 * is dated only when the corpus itself dates that happening, plainly: the day-dated passages that share
 * the most rare words with the words after "before"/"after" all give one day, well ahead of any other
 * day (./eventAnchors.ts). Otherwise the phrase is skipped.
 */

/** Words that describe the other happening: up to the end of its clause, at most this many. */
const EVENT_WORDS = 10;

interface OffsetPhrase {
  passage: Passage;
  match: RegExpExecArray;
  clause: string;
  words: string[];
}

/** The offset phrases of the corpus, each with the words that describe its happening (two or more). */
function offsetPhrases(passages: Passage[]): OffsetPhrase[] {
  const phrases: OffsetPhrase[] = [];
  for (const passage of passages) {
    if (passage.text.search(EVENT_OFFSET) < 0) continue;
    for (const match of passage.text.matchAll(EVENT_OFFSET)) {
      const after = passage.text.slice(match.index + match[0].length);
      // A passage is one sentence: the clause runs to the next clause mark, or the end.
      const clause = after.split(EVENT_CLAUSE_END)[0]!.replace(/[.!?]+\s*$/, '');
      const words = clause.trim().split(/\s+/).filter(Boolean).slice(0, EVENT_WORDS);
      if (words.length >= 2) phrases.push({ passage, match: match as RegExpExecArray, clause, words });
    }
  }
  return phrases;
}

/** The mention of an offset phrase whose happening is dated `anchor`: the offset and the event's words, verbatim. */
function offsetMention({ passage: p, match: m, clause, words }: OffsetPhrase, anchor: string): DateMention {
  const n = countOf(m[1]!) * (/^week/i.test(m[2]!) ? 7 : 1);
  const sign = BACKWARD.test(m[3]!) ? -1 : 1;
  const event = new RegExp(`^\\s*(?:\\S+\\s+){${words.length - 1}}\\S+`).exec(clause)!;
  const end = m.index + m[0].length + event[0].length;
  return {
    passageId: p.id,
    start: p.start + m.index,
    end: p.start + end,
    text: p.text.slice(m.index, end),
    date: addDays(anchor, sign * n),
    precision: 'day',
    basis: 'event',
  };
}

export const eventOffset: DateResolver = {
  name: 'event-offset',
  reason: 'A day counted from another happening ("three days before the airstrike") is dated only when the corpus plainly dates that happening.',
  resolve({ passages, mentions }) {
    const phrases = offsetPhrases(passages);
    if (!phrases.length) return [];
    const anchors = new AnchorFinder(
      passages,
      mentions,
      phrases.map((p) => p.words.join(' ')),
    );
    const found: DateMention[] = [];
    for (const phrase of phrases) {
      const anchor = anchors.dateOf(phrase.words.join(' '), phrase.passage);
      if (anchor) found.push(offsetMention(phrase, anchor));
    }
    return found;
  },
};
