import type { CrowdConfiguration } from '../../pipeline.js';
import { CLAIMANT_RULES } from './claimant/claimantOf.js';
import { FIGURE_RULES, findCrowdClaims, RELATED_CLAIM_RULES } from './claims/findClaims.js';
import { forecast } from './claims/forecast.js';
import { pronounAntecedent } from './claims/pronounAntecedent.js';
import { DATING_RULES } from './events/datingRules.js';
import { assignCrowdEvents, DAY_RULES, GROUP_RULES, LOCATE_RULES } from './events/assign.js';
import { plannedDay } from './events/rules/plannedDay.js';
import { CLUSTER_RULES } from './events/rules/splitByPlace.js';

/**
 * English crowd claims, in order: each passage's figures (./quantity/), made claims by the related-claim
 * rules or the figure rules, with a forecast flag and a claimant (./claimant/); then the pronouns that
 * gave a figure resolved across the corpus; then each claim dated, placed and grouped into its gathering
 * (./events/).
 */
export const en: CrowdConfiguration = {
  findClaims: findCrowdClaims,
  refiners: [pronounAntecedent],
  assignEvents: assignCrowdEvents,
};

/** Every rule of the English configuration, in the order they run. */
export const EN_CROWD_RULES = [
  ...RELATED_CLAIM_RULES,
  ...FIGURE_RULES,
  forecast,
  ...CLAIMANT_RULES,
  pronounAntecedent,
  ...DATING_RULES,
  plannedDay,
  ...LOCATE_RULES,
  ...DAY_RULES,
  ...CLUSTER_RULES,
  ...GROUP_RULES,
];
