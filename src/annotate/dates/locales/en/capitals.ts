import type { DateParser } from '../../types.js';
import { CALENDAR_NAME, CAPITALS_MAX_SMALL_SHARE, CAPITALS_MIN_LETTERS, MONTH_WORD_BY_FIGURES } from './constants.js';

/**
 * `written-in-capitals`: a broadcast transcript or a shouted headline is written all in capitals ("TEMPERATURES DOWN A BIT
 * TODAY", "PLENTY OF SUN TOMORROW HERE", "AS WE GET INTO THURSDAY MORNING"). Read as written, every "TODAY" looks like a
 * capitalised title ("USA Today") and no tense word is found, so the days it tells are lost or read the wrong way. A reader
 * reads it as ordinary text: the parsers get the sentence in small letters, with the months and weekdays capitalised as
 * English writes them ("may" and "march" only beside a day's figures); each date keeps the words as written.
 */
export function inCapitals(text: string): boolean {
  const capitals = text.match(/\p{Lu}/gu)?.length ?? 0;
  const small = text.match(/\p{Ll}/gu)?.length ?? 0;
  return capitals >= CAPITALS_MIN_LETTERS && small <= CAPITALS_MAX_SMALL_SHARE * (capitals + small);
}

/** The sentence in small letters, as long as it was (a letter whose small form is longer stays), with calendar names capitalised. */
export function sentenceCase(text: string): string {
  const small = Array.from(text, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  }).join('');
  const capitalise = (word: string) => word[0]!.toUpperCase() + word.slice(1);
  return small.replace(CALENDAR_NAME, capitalise).replace(MONTH_WORD_BY_FIGURES, capitalise);
}

/** Each parser reads a sentence in capitals in sentence case; the dates it finds keep the sentence's own words. */
export function readingCapitals(parsers: readonly DateParser[]): DateParser[] {
  return parsers.map((parser) => ({
    name: parser.name,
    reason: parser.reason,
    find(sentence) {
      if (!inCapitals(sentence.text)) return parser.find(sentence);
      return parser.find({ ...sentence, text: sentenceCase(sentence.text) }).map((d) => ({ ...d, text: sentence.text.slice(d.start, d.end) }));
    },
  }));
}
