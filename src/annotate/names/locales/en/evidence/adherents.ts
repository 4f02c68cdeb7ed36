import { wordTags } from '../../../../core/lexicon.js';
import { hasAny, type NameToken } from '../tokens.js';
import { ADHERENTS, PLACE_TAGS } from '../words.js';
import type { EvidenceRule } from './context.js';

/** "San Francisco": words the lexicon knows together as a place. */
const isPlacePhrase = (words: NameToken[]) => PLACE_TAGS.some((tag) => wordTags(words.map((w) => w.lower).join(' ')).has(tag));

export const adherents: EvidenceRule = {
  name: 'adherents',
  reason:
    'A faith\'s or a party\'s followers named alone ("the Democrats", "the Muslims", "a vigil of Muslim and Arab people") are people at large, neither a person nor a body: "the" before them said organisation, and the listing showed them among the bodies.',
  weigh({ name }, tally) {
    // "San Francisco Democrats": a place before the followers keeps them people at large
    const before = name.slice(0, -1);
    if (name.some((t) => t.possessive) || !(before.every((t) => hasAny(t, PLACE_TAGS)) || isPlacePhrase(before))) return;
    const lower = name.at(-1)!.lower;
    if (!ADHERENTS.has(lower) && !ADHERENTS.has(lower.replace(/s$/, ''))) return;
    tally.org = 0;
    tally.person = 0;
  },
};
