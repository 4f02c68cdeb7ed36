import { SEATS_OF_GOVERNMENT } from '../words.js';
import type { EvidenceRule } from './context.js';

export const seatOfGovernment: EvidenceRule = {
  name: 'seat-of-government',
  reason:
    'A seat of government written for the government it houses ("the White House said", "the Kremlin believes") is an organisation, not the building or place it names.',
  weigh({ name }, tally) {
    if (!SEATS_OF_GOVERNMENT.has(name.map((t) => t.lower).join(' '))) return;
    tally.place = 0;
    tally.org += 1;
  },
};
