import { copulaRole } from '../roles/copulaRole.js';
import type { EvidenceRule } from './context.js';
import { addRole } from './roleWords.js';

export const copulaRoleEvidence: EvidenceRule = {
  name: copulaRole.name,
  reason: copulaRole.reason,
  weigh(context, tally) {
    const role = copulaRole.read(context.text, context.tokens, context.span);
    if (role) addRole(role, tally);
  },
};
