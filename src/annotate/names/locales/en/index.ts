import type { MentionRules } from './mentions.js';
import { acronym } from './evidence/acronym.js';
import { appositiveRoleHead } from './evidence/appositiveRoleHead.js';
import { relativeClauseRole } from './evidence/relativeClauseRole.js';
import { asRole } from './evidence/asRole.js';
import { copulaRoleEvidence } from './evidence/copulaRole.js';
import { possessiveOwnerAppositive } from './evidence/possessiveOwnerAppositive.js';
import { institutionWord } from './evidence/institutionWord.js';
import { fittedInstitutionHead } from './evidence/fittedInstitutionHead.js';
import { knownOrganization } from './evidence/knownOrganization.js';
import { lexiconNames } from './evidence/lexiconNames.js';
import { organizationTag } from './evidence/organizationTag.js';
import { placeWords } from './evidence/placeWords.js';
import { placeThenRegion } from './evidence/placeThenRegion.js';
import { proclaimedState } from './evidence/proclaimedState.js';
import { seatOfGovernment } from './evidence/seatOfGovernment.js';
import { roleWords } from './evidence/roleWords.js';
import { speaks } from './evidence/speaks.js';
import { personMarkAfterName, speechBeforeName } from './evidence/personMarks.js';
import { basedBeforeName } from './evidence/basedBeforeName.js';
import { roleOwnerIsBody } from './evidence/roleOwnerIsBody.js';
import { listedWithPlaces } from './evidence/listedWithPlaces.js';
import { outletBeforeWork } from './evidence/outletBeforeWork.js';
import { theBefore } from './evidence/theBefore.js';
import { toldRecipient } from './evidence/toldRecipient.js';
import { acronymOwnsRole } from './evidence/acronymOwnsRole.js';
import { keepTownAsTeam, resultVerbIsNoRole, townPlaysAsTeam } from './teams/townAsTeam.js';
import { squadOwnerIsTeam, squadOwnerOpensRole } from './teams/squadOwner.js';
import { keepCountryAgency, countryAgencyIsOrganization } from './refiners/keepCountryAgency.js';
import { officeBeforeHolder } from './refiners/officeBeforeHolder.js';
import { capitalTheBefore } from './evidence/capitalTheBefore.js';
import { mastheadAfterPlace, mastheadIsOrganization } from './refiners/mastheadAfterPlace.js';
import { adherents } from './evidence/adherents.js';
import { commonNounStart } from './refiners/commonNounStart.js';
import { commonWordByPosition } from './refiners/commonWordByPosition.js';
import { eventName } from './refiners/eventName.js';
import { documentName } from './refiners/documentName.js';
import { placePeopleRefiner } from './refiners/placePeople.js';
import { groupPossessive } from './refiners/groupPossessive.js';
import { keepInstitution } from './refiners/keepInstitution.js';
import { keepKnownOrganization } from './refiners/keepKnownOrganization.js';
import { keepNamedByAcronym } from './refiners/keepNamedByAcronym.js';
import { keepCauseGroup } from './refiners/keepCauseGroup.js';
import { keepPlaceTeam } from './refiners/keepPlaceTeam.js';
import { landmarkPossessive } from './refiners/landmarkPossessive.js';
import { modifierNotSurname } from './refiners/modifierNotSurname.js';
import { modifiesRoleNoun } from './refiners/modifiesRoleNoun.js';
import { adjectiveBeforeNoun } from './refiners/adjectiveBeforeNoun.js';
import { photoCredit } from './refiners/photoCredit.js';
import { publicationIsOrganization, publicationName } from './refiners/publicationName.js';
import { placeOpener } from './refiners/placeOpener.js';
import { placeSpan } from './refiners/placeSpan.js';
import { titleOnly } from './refiners/titleOnly.js';
import { airlineBeforeFlight, flightNumber, flightNumberRefiner } from './flights.js';
import { titlesDemonymsPlaces } from './refiners/titlesDemonymsPlaces.js';
import { aliasInParentheses } from './relations/aliasInParentheses.js';
import { memberOf } from './relations/memberOf.js';
import { listedWithPeople } from './relations/listedWithPeople.js';
import { roleInParentheses } from './relations/roleInParentheses.js';
import { acronymInRole, bodyOwnsRole, institutionInRole, roleBeforeName } from './roles/rolePass.js';
import { pluralTitle } from './roles/pluralTitle.js';
import { ROLE_CHECKS } from './roles/roleChecks.js';
import {
  ampersandInName,
  capitalisedRun,
  institutionOfThe,
  leaderBeforeSeat,
  numberInName,
  officeTopicToGivenName,
  ownerBeforeTitle,
  placeBeforeName,
  quotedNickname,
  demonymBeforeName,
  pluralSurname,
} from './spans.js';
import { modifierOpensName } from './classify.js';
import { unionLocal } from './unionLocal.js';
import { causeGroupName } from './causeGroupName.js';
import { bodyHeadTopic, bodyPurpose, keepBodyHeadTopic } from './bodyHeadJoiners.js';
import { capitalLeadIn, leadInBeforeName, functionWordInName, personNounFiledOtherwise, sentenceAdverb, surnameAfterGivenName } from './tokenRules.js';
import {
  acronymAcrossSmallWords,
  adjectiveInTopic,
  countryAgency,
  institutionInTitleRule,
  localInTitle,
  placesAndBody,
  topicWordsAgency,
} from './institutions.js';
import {
  ageInRole,
  agentNounTitle,
  personNounOpensSentence,
  conferredHonorific,
  officeInOffice,
  partyAdjectiveName,
  roleNounBeforeName,
  titleAcronym,
} from './predicates.js';
import {
  listedNameNotRole,
  officeOfNameBeforeRule,
  ownerBeforeAppositive,
  participleOrOwnerOpensRole,
  roleHeadOpensAppositive,
  roleWithObject,
} from './roles/appositives.js';
import { describerBeforeOwner, ownedByCommonNoun, roleComplement } from './roles/appositiveHead.js';
import { gerundInRole, infinitiveAfterObject, positionModifier, rankInRole, twoRolesBeforeName } from './roles/roleJoiners.js';
import { hyphenatedPersonNoun, personNounAfterTo, pluralCompoundInRole } from './roles/roleNounForms.js';
import { titleAppositive } from './roles/titleAppositive.js';

/**
 * English name mentions, in order: runs of capitalised words (./spans.ts), kept or dropped by the span
 * refiners (the first with a verdict decides), the roles before them read right to left, the evidence
 * rules weighing person, organisation and place, then the relations between a name and the next.
 */
export const en: MentionRules = {
  spans: [
    flightNumberRefiner,
    publicationName,
    mastheadAfterPlace,
    titleOnly,
    officeBeforeHolder,
    commonNounStart,
    commonWordByPosition,
    photoCredit,
    groupPossessive,
    eventName,
    documentName,
    placePeopleRefiner,
    landmarkPossessive,
    keepInstitution,
    keepBodyHeadTopic,
    keepKnownOrganization,
    keepCountryAgency,
    keepPlaceTeam,
    keepTownAsTeam,
    keepNamedByAcronym,
    keepCauseGroup,
    placeOpener,
    titlesDemonymsPlaces,
    modifiesRoleNoun,
    adjectiveBeforeNoun,
    modifierNotSurname,
    placeSpan,
  ],
  evidence: [
    roleWords,
    appositiveRoleHead,
    relativeClauseRole,
    asRole,
    copulaRoleEvidence,
    possessiveOwnerAppositive,
    lexiconNames,
    institutionWord,
    fittedInstitutionHead,
    organizationTag,
    theBefore,
    capitalTheBefore,
    placeWords,
    placeThenRegion,
    seatOfGovernment,
    proclaimedState,
    acronym,
    speaks,
    toldRecipient,
    acronymOwnsRole,
    speechBeforeName,
    personMarkAfterName,
    basedBeforeName,
    roleOwnerIsBody,
    townPlaysAsTeam,
    knownOrganization,
    outletBeforeWork,
    publicationIsOrganization,
    mastheadIsOrganization,
    countryAgencyIsOrganization,
    adherents,
    ampersandInName,
    numberInName,
    placesAndBody,
    causeGroupName,
    airlineBeforeFlight,
    listedWithPlaces,
  ],
  relations: [aliasInParentheses, roleInParentheses, memberOf, listedWithPeople],
  roleChecks: [...ROLE_CHECKS, resultVerbIsNoRole, squadOwnerOpensRole],
};

/** Every rule of the English name mentions, in the order they run. */
export const EN_MENTION_RULES = [
  surnameAfterGivenName,
  capitalLeadIn,
  leadInBeforeName,
  sentenceAdverb,
  functionWordInName,
  modifierOpensName,
  personNounFiledOtherwise,
  capitalisedRun,
  unionLocal,
  quotedNickname,
  pluralSurname,
  countryAgency,
  flightNumber,
  roleNounBeforeName,
  demonymBeforeName,
  placeBeforeName,
  ...en.spans,
  titleAcronym,
  conferredHonorific,
  officeInOffice,
  agentNounTitle,
  personNounOpensSentence,
  officeTopicToGivenName,
  leaderBeforeSeat,
  partyAdjectiveName,
  ownerBeforeTitle,
  topicWordsAgency,
  adjectiveInTopic,
  acronymAcrossSmallWords,
  institutionOfThe,
  bodyHeadTopic,
  bodyPurpose,
  institutionInTitleRule,
  localInTitle,
  roleBeforeName,
  pluralTitle,
  acronymInRole,
  institutionInRole,
  bodyOwnsRole,
  squadOwnerIsTeam,
  ...en.roleChecks,
  ageInRole,
  twoRolesBeforeName,
  gerundInRole,
  positionModifier,
  rankInRole,
  hyphenatedPersonNoun,
  personNounAfterTo,
  pluralCompoundInRole,
  infinitiveAfterObject,
  officeOfNameBeforeRule,
  listedNameNotRole,
  participleOrOwnerOpensRole,
  roleHeadOpensAppositive,
  roleWithObject,
  ownerBeforeAppositive,
  titleAppositive,
  ownedByCommonNoun,
  roleComplement,
  describerBeforeOwner,
  ...en.evidence,
  ...en.relations,
];
