import type { CalendarRefiner } from '../chronoCandidates.js';
import { WEB_ADDRESS } from '../constants.js';

/** The run of text with no space around [start, end): the word or address a date is part of. */
function spacelessRun(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** "Listen here. http://www.albertmohler.com/2012/11/07/the-briefing-11-07-12/": figures of a web address's path. */
export const inAddress: CalendarRefiner = {
  name: 'in-address',
  reason:
    'Figures inside a web address ("…/2012/11/07/the-briefing-11-07-12/") are the address\'s path, which a site writes from the day it filed a page: they tell no happening, and the page they name is another one.',
  drops: ({ sentence, start, end }) => WEB_ADDRESS.test(spacelessRun(sentence.text, start, end)),
};
