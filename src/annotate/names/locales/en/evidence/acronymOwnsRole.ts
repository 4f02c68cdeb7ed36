import { isSpaced } from '../../../../core/tokens.js';
import { BODY_ROLE_NOUNS } from '../words.js';
import type { EvidenceRule } from './context.js';

/** "IMF", "UN": one word in capitals. */
const CAPITALS = /^\p{Lu}[\p{Lu}\d]+$/u;

/**
 * `acronym-owns-role`: an acronym right before a noun of an office or a staff ("IMF chief", "UN spokesman", "GOP
 * lawmakers", "CBS anchor") is the body that has them; an abbreviation of a common noun has none ("DVD player", "HIV
 * patients", "PR man" are no offices). Capitals alone said organisation only weakly, so the listing put such a body
 * after the names of known kind (`weak-body-last`).
 */
export const acronymOwnsRole: EvidenceRule = {
  name: 'acronym-owns-role',
  reason: 'An acronym before a noun of an office or a staff ("IMF chief", "UN spokesman") names the body they belong to.',
  weigh({ name, first, after }, tally) {
    if (name.length !== 1 || !CAPITALS.test(first.text) || first.possessive || !after || !isSpaced(after.gap)) return;
    if (BODY_ROLE_NOUNS.has(after.text)) tally.org += 1;
  },
};
