import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { AUDIENCE_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** The verb of speaking or performing whose audience the figure is: "addressed 70,000", "preached to 134,254 people". */
function audienceVerb(tokens: Token[], q: Quantity): boolean {
  const link = tokens[q.first - 1]?.lower ?? '';
  const direct = AUDIENCE_VERBS[link];
  if (direct) return direct.length === 0;
  return !!AUDIENCE_VERBS[tokens[q.first - 2]?.lower ?? '']?.includes(link);
}

export const addressedAudience: FigureRule = {
  name: 'addressed-audience',
  reason:
    'The figure of people a speaker or a performer addressed, preached, played or sang to ("Mandela addressed 70,000 at the Coliseum", "Graham preached to 134,254 people", "performed for 90,000 fans") is the audience, a crowd; not things addressed ("addressed 2 issues"), nor someone spoken to in an interview ("spoke to 12 witnesses").',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (!audienceVerb(tokens, q)) return undefined;
    const next = tokens[q.resume];
    if (peopleNoun === null && next?.kind === 'word' && !['at', 'in', 'on', 'during', 'and', 'who'].includes(next.lower)) return undefined;
    return { counted: peopleNoun === null ? 'people' : tokens[peopleNoun]!.text };
  },
};
