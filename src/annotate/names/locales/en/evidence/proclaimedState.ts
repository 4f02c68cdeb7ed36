import { PLACE_TAGS, POLITY_WORDS } from '../words.js';
import { isCommonWord } from '../predicates.js';
import { has } from '../tokens.js';
import type { EvidenceRule } from './context.js';

export const proclaimedState: EvidenceRule = {
  name: 'proclaimed-state',
  reason:
    'A polity word ("State", "Emirate") after words that name no place and are no common word ("Islamic State") is a movement\'s name for itself, an organisation; after a place\'s name ("Washington State") or a common word ("Free State") it stays a place.',
  weigh({ name, last }, tally) {
    if (name.length < 2 || !POLITY_WORDS.has(last.lower)) return;
    if (name.slice(0, -1).some((t) => t.possessive || !t.cap || isCommonWord(t) || has(t, 'Demonym', 'Person', 'FirstName', ...PLACE_TAGS))) return;
    tally.place = 0;
    tally.org += 1;
  },
};
