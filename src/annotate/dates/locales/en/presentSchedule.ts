import { lazyModule } from '../../../../text/lazyModule.js';
import type nlpType from 'compromise';
import { CAPTION_MARK, UNSCHEDULED_PRESENT_VERBS, WEEKDAY_NOT_SET } from './constants.js';
import { clauseBounds } from './tense.js';

const compromise = lazyModule<typeof nlpType>('compromise');

/** A sentence of reporting ends with its stop; a headline, a kicker or a list's line does not (and tells a past in the present). */
const SENTENCE_END = /[.!?]["'”’)]*\s*$/;

/**
 * `present-schedule`: a bare weekday governed by a verb of the simple present, in a sentence with no tense word of its
 * own, is the coming one: news tells what is set to happen in the present ("Avary … faces arraignment Friday", "The swap
 * comes Thursday", "Obama holds a rally in Columbia Sunday", "the team departs for a four-game road trip … on
 * Thursday"), and what has happened in the past tense. The verb is the clause's own (before the weekday), in its
 * third-person form, as compromise's tagger reads the clause in context ("Peace talks Friday ended" has a past, and is
 * never asked). Not a verb of saying, thinking or being (`UNSCHEDULED_PRESENT_VERBS`), not a weekday that names a thing or
 * a source (`WEEKDAY_NOT_SET`: "his Friday tactic", "his claim from Friday"), not a headline (no full stop) nor a
 * photograph's caption (the present of a moment pictured).
 */
export function toldAsSchedule(text: string, start: number, end: number): boolean {
  if (!SENTENCE_END.test(text) || CAPTION_MARK.test(text) || WEEKDAY_NOT_SET.test(text.slice(0, start))) return false;
  const { from } = clauseBounds(text, start, end);
  if (!/\p{L}/u.test(text.slice(from, start))) return false;
  // The tagger reads the whole sentence, so it is asked only when the clause holds a word that could be such a verb.
  if (
    !(
      text
        .slice(from, start)
        .toLowerCase()
        .match(/[a-z]+/g) ?? []
    ).some(isThirdPersonCandidate)
  )
    return false;
  // The sentence is tagged whole (a clause alone loses its subject: "faces arraignment" reads as a plural noun); its verbs
  // are then those of the weekday's clause, before it.
  const terms = compromise()(text).match('#PresentTense').json({ offset: true }) as Array<{
    offset: { start: number };
    terms: Array<{ normal: string; offset: { start: number } }>;
  }>;
  return terms
    .flatMap((t) => t.terms)
    .some((t) => {
      return t.offset.start >= from && t.offset.start < start && isThirdPersonCandidate(t.normal.replace(/[^a-z]+/g, ''));
    });
}

/** A word that may be a verb's third person ("faces", "holds"), and none of saying, thinking or being. */
function isThirdPersonCandidate(word: string): boolean {
  return /^[a-z]{2,}s$/.test(word) && !/(?:ss|us|is)$/.test(word) && !UNSCHEDULED_PRESENT_VERBS.has(word);
}
