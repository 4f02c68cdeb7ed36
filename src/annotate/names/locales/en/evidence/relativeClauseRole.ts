import { relativeRole } from '../roles/relativeRole.js';
import type { EvidenceRule } from './context.js';
import { addRole } from './roleWords.js';

export const relativeClauseRole: EvidenceRule = {
  name: 'relative-clause-role',
  reason:
    'A relative clause right after a name saying what the person is or works as ("X, who works as a cabin cleaner at the airport,", "X, who was the party chairman in the state") gives that noun phrase as a role.',
  weigh(context, tally) {
    const role = relativeRole(context.text, context.tokens, context.span);
    if (role) addRole(role, tally);
  },
};
