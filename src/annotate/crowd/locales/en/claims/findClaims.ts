import type { Passage } from '../../../../../passages/types.js';
import { noteRule } from '../../../../core/rules.js';
import type { CrowdClaimFound } from '../../../types.js';
import { MAY_HOLD_QUANTITY } from '../quantity/words.js';
import { figureAt, readSentence } from './figure.js';
import type { FigureRule } from './figureTypes.js';
import { forecast } from './forecast.js';
import { attributionAside } from './related/attributionAside.js';
import { listByPlace } from './related/listByPlace.js';
import { partAtPlace } from './related/partAtPlace.js';
import { beneficiaries } from './rules/beneficiaries.js';
import { breakdownOfCasualties } from './rules/breakdownOfCasualties.js';
import { casualtyCount } from './rules/casualtyCount.js';
import { casualtyVerb } from './rules/casualtyVerb.js';
import { arrestPassive } from './rules/arrestPassive.js';
import { jobAction } from './rules/jobAction.js';
import { signedOrVoted } from './rules/signedOrVoted.js';
import { stayingVerb } from './rules/stayingVerb.js';
import { drawnByVerb } from './rules/drawnByVerb.js';
import { eventDraws } from './rules/eventDraws.js';
import { facingTheCrowd } from './rules/facingTheCrowd.js';
import { figureBeforeCrowdNoun } from './rules/figureBeforeCrowdNoun.js';
import { filledWith } from './rules/filledWith.js';
import { passiveTurnout } from './rules/passiveTurnout.js';
import { countedByVerb } from './rules/countedByVerb.js';
import { forecastObject } from './rules/forecastObject.js';
import { gatheringNounBefore } from './rules/gatheringNounBefore.js';
import { gatheringVerbAfter } from './rules/gatheringVerbAfter.js';
import { joinedOrganisation } from './rules/joinedOrganisation.js';
import { deployedForce } from './rules/deployedForce.js';
import { possessedStaff } from './rules/possessedStaff.js';
import { negatedVerb } from './rules/negatedVerb.js';
import { numberInName } from './rules/numberInName.js';
import { partOfCrowd } from './rules/partOfCrowd.js';
import { partOfGroup } from './rules/partOfGroup.js';
import { partOfWhole } from './rules/partOfWhole.js';
import { partTurnedOut } from './rules/partTurnedOut.js';
import { partOfThings } from './rules/partOfThings.js';
import { peopleNoun } from './rules/peopleNoun.js';
import { protestAction } from './rules/protestAction.js';
import { presentAtGathering } from './rules/presentAtGathering.js';
import { peopleAtOccasion } from './rules/peopleAtOccasion.js';
import { squadPosition } from './rules/squadPosition.js';
import { population } from './rules/population.js';
import { activityParticipants } from './rules/activityParticipants.js';
import { actorBeforeGatheringVerb } from './rules/actorBeforeGatheringVerb.js';
import { sizeChange } from './rules/sizeChange.js';
import { sizePerGathering } from './rules/sizePerGathering.js';
import { recurringSize } from './rules/recurringSize.js';
import { strongCrowd } from './rules/strongCrowd.js';
import { strikeNotHeld } from './rules/strikeNotHeld.js';
import { heldByBody } from './rules/heldByBody.js';
import { strikingBodyHolding } from './rules/strikingBodyHolding.js';
import { personSized } from './rules/personSized.js';
import { audience } from './rules/audience.js';
import { attendanceLine } from './rules/attendanceLine.js';
import { audienceBefore } from './rules/audienceBefore.js';
import { addressedAudience } from './rules/addressedAudience.js';
import { attendedSchool } from './rules/attendedSchool.js';
import { yearOrOtherNoun } from './rules/yearOrOtherNoun.js';
import { verbPastComplement } from './rules/verbPastComplement.js';
import { crossedPicketLine } from './rules/crossedPicketLine.js';
import { sentenceClaims, type RelatedClaimRule, type SentenceClaims } from './sentenceClaims.js';

/** Claims made from a claim before them in the sentence, asked first, in order. */
export const RELATED_CLAIM_RULES: readonly RelatedClaimRule[] = [attributionAside, partAtPlace, listByPlace];

/**
 * Whether any other figure is a crowd's size and what it counts: the first rule with a verdict decides,
 * and a figure no rule takes is no crowd.
 */
export const FIGURE_RULES: readonly FigureRule[] = [
  numberInName,
  strikeNotHeld,
  strikingBodyHolding,
  heldByBody,
  figureBeforeCrowdNoun,
  population,
  activityParticipants,
  partOfGroup,
  verbPastComplement,
  partTurnedOut,
  partOfWhole,
  partOfCrowd,
  facingTheCrowd,
  negatedVerb,
  crossedPicketLine,
  casualtyCount,
  breakdownOfCasualties,
  casualtyVerb,
  arrestPassive,
  jobAction,
  signedOrVoted,
  stayingVerb,
  joinedOrganisation,
  deployedForce,
  possessedStaff,
  beneficiaries,
  attendedSchool,
  sizePerGathering,
  recurringSize,
  strongCrowd,
  personSized,
  filledWith,
  passiveTurnout,
  attendanceLine,
  audienceBefore,
  addressedAudience,
  audience,
  protestAction,
  presentAtGathering,
  peopleAtOccasion,
  squadPosition,
  peopleNoun,
  actorBeforeGatheringVerb,
  yearOrOtherNoun,
  partOfThings,
  sizeChange,
  gatheringNounBefore,
  gatheringVerbAfter,
  countedByVerb,
  drawnByVerb,
  eventDraws,
  forecastObject,
];

/** The claim figure i makes by the figure rules, with its forecast flag and claimant, or null. */
function figureClaim(claims: SentenceClaims, i: number): CrowdClaimFound | null {
  const figure = figureAt(claims.sentence, i);
  let verdict: ReturnType<FigureRule['judge']>;
  let decided: FigureRule | undefined;
  for (decided of FIGURE_RULES) if ((verdict = decided.judge(figure)) !== undefined) break;
  if (!verdict || verdict === 'drop') return null;
  const isForecast = forecast.isForecast(figure);
  const { claimant, rule: claimantRule } = claims.claimantFor(figure.opener.first, figure.q.last, isForecast);
  const claim = claims.claimAt(figure.q, { counted: verdict.counted, claimant, forecast: isForecast });
  noteRule(claim, decided!.name);
  if (isForecast) noteRule(claim, forecast.name);
  if (claimantRule) noteRule(claim, claimantRule);
  claims.claimOf.set(i, claim);
  return claim;
}

/** Crowd-size claims in one passage, offsets into the article file. */
export function findCrowdClaims(passage: Passage): CrowdClaimFound[] {
  if (!MAY_HOLD_QUANTITY.test(passage.text)) return [];
  const claims = sentenceClaims(readSentence(passage));
  const found: CrowdClaimFound[] = [];
  for (let i = 0; i < claims.sentence.quantities.length; i++) {
    let related: CrowdClaimFound | null = null;
    for (const rule of RELATED_CLAIM_RULES) {
      if ((related = rule.claim(claims, i))) {
        noteRule(related, rule.name);
        break;
      }
    }
    const claim = related ?? figureClaim(claims, i);
    if (claim) found.push(claim);
  }
  return found;
}
