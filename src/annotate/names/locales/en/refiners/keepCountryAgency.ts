import { countryAgency } from '../institutions.js';
import type { EvidenceRule } from '../evidence/context.js';
import type { SpanRefiner } from './context.js';

/** "Global Affairs Canada": kept, though it ends in a country (../institutions.ts: country-agency). */
export const keepCountryAgency: SpanRefiner = {
  name: 'keep-country-agency',
  reason: countryAgency.reason,
  judge: ({ name }) => (countryAgency.holds(name) ? 'keep' : undefined),
};

export const countryAgencyIsOrganization: EvidenceRule = {
  name: 'country-agency-is-organization',
  reason: 'A national agency named by its topic and its country ("Global Affairs Canada") is an organisation, not the country.',
  weigh({ name }, tally) {
    if (!countryAgency.holds(name)) return;
    tally.org += 2;
    tally.place = 0;
  },
};
