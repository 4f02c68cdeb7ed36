import { opensPlaceName } from '../../../../core/lexicon.js';
import type { SpanRefiner } from './context.js';

export const placeOpener: SpanRefiner = {
  name: 'place-opener',
  reason: 'A name opened by a place\'s feature word ("Lake Orin", "Mount Kenya", "Fort Worth") is a place.',
  judge: ({ name, hasTitle }) => (!hasTitle && name.length >= 2 && opensPlaceName(name[0]!.lower) ? 'drop' : undefined),
};
