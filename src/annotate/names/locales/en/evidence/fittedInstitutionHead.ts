import { fittedInstitutionHead as headByTable } from '../institutionHeads/table.js';
import { isOrgHead } from '../predicates.js';
import { INSTITUTION_PART_JOINERS } from '../words.js';
import type { EvidenceRule } from './context.js';

/**
 * `fitted-institution-head`: a name of two capitalised words or more whose head (its last word, or the last word of
 * its first part: "Forum" of "World Economic Forum", "Campaign" of "Campaign for Marriage Equality") is a word the
 * institution-head table (institutionHeads/table.ts, counted on the development text of the four collections) reads as
 * a body's head. The lexicon's institution words ("Committee", "Union") already count 3 (`institution-word`); the
 * table adds the heads it lacks ("Forum", "Campaign", "Project", "Caucus", "Exchange", "Foods"), weakly: a person's
 * mark beside the name outweighs it.
 */
export const fittedInstitutionHead: EvidenceRule = {
  name: 'fitted-institution-head',
  reason:
    'A word that heads many names of bodies in large development text ("Forum", "Campaign", "Caucus") ending a name of two capitalised words or more, or its first part, says organisation, weakly.',
  weigh({ name }, tally) {
    if (name.filter((t) => t.cap).length < 2) return;
    const head = name.findIndex((t, i) => i === name.length - 1 || INSTITUTION_PART_JOINERS.has(name[i + 1]!.text));
    const t = name[head];
    if (!t || !t.cap || t.possessive || isOrgHead(t) || !headByTable(t.text)) return;
    tally.org += 1;
  },
};
