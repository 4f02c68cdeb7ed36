import { namedByAcronym } from '../institutions.js';
import { knownOrganization as isKnownOrganization, placeTeam } from '../predicates.js';
import type { EvidenceRule } from './context.js';

export const knownOrganization: EvidenceRule = {
  name: 'known-organization',
  reason:
    'A team or company the lexicon knows by its whole name ("the Cleveland Indians"), a place\'s team ("Texas Rangers"), or a name its acronym spells ("Alternative for Germany (AfD)") is an organisation.',
  weigh({ text, tokens, span, name }, tally) {
    if (isKnownOrganization(name) || placeTeam(name)) tally.org += 1;
    if (namedByAcronym(text, tokens, span)) tally.org += 2;
  },
};
