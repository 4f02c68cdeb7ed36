import { bodyOwnsRole } from '../roles/rolePass.js';
import type { EvidenceRule } from './context.js';

export const roleOwnerIsBody: EvidenceRule = {
  name: 'role-owner-is-body',
  reason:
    'A name kept as the owner of the role before a person\'s name ("Senators" in "Senators coach John Paddock", `body-owns-role`) is a team\'s, a paper\'s or a body\'s: an organisation, though seen once with nothing else saying so.',
  weigh({ span }, tally) {
    if (span.keptBy === bodyOwnsRole.name) tally.org += 1.5;
  },
};
