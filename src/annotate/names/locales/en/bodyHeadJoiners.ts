import { isSpaced } from '../../../core/tokens.js';
import { knownWord, wordTags } from '../../../core/lexicon.js';
import { fittedInstitutionHead, institutionHeadOf } from './institutionHeads/table.js';
import { placeLikeByWordCase, readWordCase } from './wordCase/nameLike.js';
import { isOrgHead, isTitle } from './predicates.js';
import { has, type NameToken } from './tokens.js';
import type { SpanRefiner } from './refiners/context.js';
import {
  BODY_HEAD_JOINER_MAX_IN_SHARE,
  BODY_HEAD_JOINERS,
  INSTITUTION_HEAD_MAX_IN_SHARE,
  BODY_PURPOSE_JOINER,
  DOCUMENT_WORDS,
  EVENT_WORDS,
  PLACE_TAGS,
  THE,
} from './words.js';

/**
 * A body's name read on past "of", "for" or "to" after its head word. The run of capitalised words stopped at these
 * small words except after a title or one of the lexicon's institution words ("Bank of England"), so a body whose head
 * the lexicon does not know ("Nation of Islam", "House of Commons", "Campaign for Marriage Equality") or whose purpose
 * is a verb ("Committee to Protect Journalists") was cut into a lone head and a topic.
 */

/** The end of the capitalised words from `k` on (after one "the" at `k`, when a capitalised word follows it), or `k`. */
function capitalisedWordsFrom(tokens: NameToken[], k: number): number {
  let end = k;
  while (end < tokens.length && tokens[end]!.nameLike && tokens[end]!.cap && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
  return end;
}

/** A word prose writes in lower case, or as often in lower case as capitalised ("nation", "house"), that the lexicon knows as a noun, no place's. */
function commonNoun(t: NameToken): boolean {
  const reading = readWordCase(t.lower);
  return (reading === 'common' || reading === 'mixed') && wordTags(t.lower).has('Noun') && !placeLikeByWordCase(t.lower);
}

/**
 * Whether `head`, the last word of the run, heads a body's name: a head the institution-head table reads ("Campaign",
 * "Project", "Forum"), or a common noun the table lists with few of its names after "in" ("nation", "house", "chiefs"),
 * capitalised past a sentence's first word; no title (an office's topic is read elsewhere), document, event or person.
 */
function bodyHead(tokens: NameToken[], from: number, to: number): boolean {
  const head = tokens[to - 1]!;
  if (!head.cap || !head.nameLike || head.possessive || isTitle(head) || isOrgHead(head)) return false;
  if (DOCUMENT_WORDS.has(head.lower) || EVENT_WORDS.has(head.lower) || has(head, 'Person', 'FirstName', 'LastName', 'Demonym', ...PLACE_TAGS)) return false;
  // "Paul Street of the Chicago Urban League", "Smith of Ohio": a person's name before the joiner, and the place or body after it, stay apart
  if (tokens.slice(from, to).some((t) => has(t, 'FirstName', 'MaleName', 'FemaleName', 'Honorific'))) return false;
  if (fittedInstitutionHead(head.lower)) return true;
  // a sentence's first word alone is capitalised by its place ("Members of the Nation of Islam"), not as a name's
  if (to - 1 === from && head.sentenceStart) return false;
  // a word the table saw heading bodies' names in a body's cue, seldom a place's after "in" ("house": 18 names in a cue)
  const counts = institutionHeadOf(head.lower);
  return !!counts && counts.afterIn / counts.names < BODY_HEAD_JOINER_MAX_IN_SHARE && commonNoun(head);
}

export const bodyHeadTopic = {
  name: 'body-head-topic',
  reason:
    'A body\'s head word the lexicon does not file as an institution ("Nation of Islam", "House of Commons", "Joint Chiefs of Staff", "Campaign for Marriage Equality"), listed by the institution-head table and seldom a place\'s there, goes on through "of" or "for" (and "the") to the capitalised words of its topic; cut there, the name gave a lone head and a place or a topic ("Nation", "Islam"), while a person or a title before the joiner ("Smith of Ohio", "Secretary of State") is read as before.',
  /** The end of the run [from, to) past "of"/"for" (and "the") and capitalised words, or 0. */
  end(tokens: NameToken[], from: number, to: number): number {
    const joiner = tokens[to];
    if (!joiner || !BODY_HEAD_JOINERS.has(joiner.text) || !isSpaced(joiner.gap) || !bodyHead(tokens, from, to)) return 0;
    const k = THE.test(tokens[to + 1]?.text ?? '') ? to + 2 : to + 1;
    const end = capitalisedWordsFrom(tokens, k);
    // a person after the joiner ("Friends of John Smith") is no topic
    if (end === k || tokens.slice(k, end).some((t) => has(t, 'FirstName', 'MaleName', 'FemaleName', 'Honorific'))) return 0;
    return end;
  },
};

export const bodyPurpose = {
  name: 'body-purpose',
  reason:
    'Campaigns and committees are often named by what they are for, "to" and a verb ("Committee to Protect Journalists", "Campaign to End the Death Penalty", "Global Fund to Fight AIDS"); the run stopped at "to", giving a lone head and a verb read as a name ("End"), so a capitalised common word after "to" and capitalised words after it join ("Linotype Group to Commerzbank" stays two).',
  /** The end of the run [from, to) past "to", a capitalised verb, "the" and capitalised words, or 0. */
  end(tokens: NameToken[], from: number, to: number): number {
    const head = tokens[to - 1]!;
    const joiner = tokens[to];
    const verb = tokens[to + 1];
    if (joiner?.text !== BODY_PURPOSE_JOINER || !verb || !verb.cap || !isSpaced(verb.gap) || head.possessive) return 0;
    // the lexicon's institution words and the fitted heads only: "Police Brutality to Death Row", "Ways to Stop" name no body
    if (!isOrgHead(head) && !(bodyHead(tokens, from, to) && fittedInstitutionHead(head.lower))) return 0;
    // a common word the lexicon knows ("End", "Protect", "Stop"), no name ("Linotype Group to Commerzbank AG")
    const reading = readWordCase(verb.lower);
    if ((reading !== 'common' && reading !== 'mixed') || !knownWord(verb.lower) || has(verb, 'Person', 'FirstName', 'LastName', ...PLACE_TAGS)) return 0;
    const k = THE.test(tokens[to + 2]?.text ?? '') && isSpaced(tokens[to + 2]!.gap) ? to + 3 : to + 2;
    const end = capitalisedWordsFrom(tokens, k);
    return end > k ? end : 0;
  },
};

/**
 * `keep-body-head-topic`: a name joined by `body-head-topic` whose head the table reads as a body's by the fitted share
 * (`INSTITUTION_HEAD_MAX_IN_SHARE`: "Trust", "Institution") or a plural of its members ("Steelworkers", "Socialists") is kept though a place ends it ("United
 * Steelworkers of America", "Press Trust of India"); a head of places' names ("District", "Republic", "Coast") is left
 * to the place rule ("District of Columbia", "Federal Republic of Germany").
 */
export const keepBodyHeadTopic: SpanRefiner = {
  name: 'keep-body-head-topic',
  reason:
    'A body named by its head, "of" or "for" and a place ("United Steelworkers of America", "Democratic Socialists of America", "Press Trust of India") was joined whole and then dropped as a place by its last word; a head seldom written after "in" says body.',
  judge: ({ name }) =>
    name.some((t, i) => {
      const joiner = name[i + 1];
      if (i === 0 || !joiner || !BODY_HEAD_JOINERS.has(joiner.text) || !bodyHead(name, 0, i + 1)) return false;
      const counts = institutionHeadOf(t.lower);
      // a plural of members ("Socialists", "Steelworkers") names no place, whatever its share
      return !!counts && (counts.afterIn / counts.names < INSTITUTION_HEAD_MAX_IN_SHARE || has(t, 'Plural'));
    })
      ? 'keep'
      : undefined,
};
