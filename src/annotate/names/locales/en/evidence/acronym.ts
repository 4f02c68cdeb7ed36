import type { EvidenceRule } from './context.js';

export const acronym: EvidenceRule = {
  name: 'acronym',
  reason: 'An acronym ("PMF") says organisation, and one with a small word\'s letter inside ("AfD", "SpA") surely: it is never a person\'s initials.',
  weigh({ name, first }, tally) {
    if (name.length === 1 && /^\p{Lu}{2,}$/u.test(first.text)) tally.org += 1;
    if (name.length === 1 && /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u.test(first.text) && /\p{Ll}/u.test(first.text)) tally.org += 2;
  },
};
