import { wordTags } from '../../../../core/lexicon.js';
import { PLACE_TAGS, PLACE_PEOPLE_ENDING } from '../words.js';
import type { SpanRefiner } from './context.js';

/** "New Yorkers", "Londoners", "Chicagoans": the people of a place, named by the place and an ending. */
function placePeople(words: string[]): boolean {
  const last = words.at(-1)!;
  const match = PLACE_PEOPLE_ENDING.exec(last);
  if (!match) return false;
  const place = [...words.slice(0, -1), last.slice(0, match.index)].join(' ');
  const tags = wordTags(place);
  return PLACE_TAGS.some((tag) => tags.has(tag));
}

export const placePeopleRefiner: SpanRefiner = {
  name: 'place-people',
  reason:
    'A place\'s name with an ending for its people ("New Yorkers", "Londoners", "Chicagoans") names the people who live there, no person or organisation; the lexicon knows the place but not the word.',
  judge: ({ name, hasTitle }) => (!hasTitle && placePeople(name.map((t) => t.lower)) ? 'drop' : undefined),
};
