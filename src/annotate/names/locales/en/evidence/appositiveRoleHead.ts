import { appositiveHead } from '../roles/appositiveHead.js';
import type { EvidenceRule } from './context.js';
import { addRole, appositiveAround } from './roleWords.js';

export const appositiveRoleHead: EvidenceRule = {
  name: 'appositive-role-head',
  reason:
    'An appositive too long or too involved to be a role whole ("X, a senior fellow at the Council on Foreign Relations and a former envoy") still gives its head noun phrase, up to the preposition after it, as a role ("senior fellow").',
  weigh(context, tally) {
    if (appositiveAround(context)) return;
    const head = appositiveHead(context.text, context.tokens, context.span);
    if (head) addRole(head, tally);
  },
};
