import type { Token } from '../../../../../core/tokens.js';
import {
  ACTOR_GATHERING_PARTICLES,
  ACTOR_GATHERING_VERBS,
  ACTOR_PRONOUNS,
  NOT_ACTOR_NOUNS,
  NOT_SUBJECT_BEFORE,
  POSSESSIVE_ENDINGS,
} from '../../peopleWords.js';
import { FUNCTION_WORDS, NOT_PEOPLE_NOUNS } from '../../words.js';
import { isPeopleNoun } from '../people.js';
import type { FigureRule } from '../figureTypes.js';

/** Lower-case words that may describe the counted noun before it: "angry", "Mexican immigrant". */
const MODIFIER_REACH = 2;

/** A plural common noun no list names: "janitors", "couples", "clericals"; not a group, a thing or a time. */
export function unlistedPlural(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    /^\p{Ll}{3,}s$/u.test(t.text) &&
    !/(ss|us|is)$/.test(t.lower) &&
    !FUNCTION_WORDS.has(t.lower) &&
    !NOT_PEOPLE_NOUNS.has(t.lower) &&
    !NOT_ACTOR_NOUNS.has(t.lower)
  );
}

/** Whether a crowd's verb (with its particle) starts at token k. */
export function actorVerbAt(tokens: Token[], k: number): boolean {
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || !ACTOR_GATHERING_VERBS.has(verb.lower)) return false;
  const particles = ACTOR_GATHERING_PARTICLES[verb.lower];
  return !particles || particles.includes(tokens[k + 1]?.lower ?? '');
}

export const actorBeforeGatheringVerb: FigureRule = {
  name: 'actor-before-gathering-verb',
  reason:
    'A count whose noun no people list names is still a crowd when a verb only people do as a crowd follows it: the trades and kinds of people are too many to list ("Nearly 200 janitors and supporters rallied", "Some 200 couples marched", "hundreds of clericals picketed"), and the writer counts his own side as "us" ("more than 200 of us marched"); groups and things are no crowd ("40 groups rallied", "20 floats paraded"), nor a count after a preposition or a possessive, which is no subject of the verb ("2,700 workers at two chocolate plants struck", "France\'s 5.2 million civil servants took part"), and verbs things also do are not read ("20 buses filled with 900 activists").',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (peopleNoun !== null) return undefined;
    // "members of the four federations marched", "France's 5.2 million civil servants took part": no subject
    let before = q.first - 1;
    if (tokens[before]?.lower === 'the') before--;
    const word = tokens[before]?.lower ?? '';
    if (NOT_SUBJECT_BEFORE.has(word) || POSSESSIVE_ENDINGS.some((e) => word.endsWith(e))) return undefined;
    let j = q.resume;
    if (tokens[j]?.lower === 'of') j++;
    let noun = -1;
    if (ACTOR_PRONOUNS.has(tokens[j]?.lower ?? '') && tokens[q.resume]?.lower === 'of') noun = j;
    else {
      for (let k = j; k < tokens.length && k <= j + MODIFIER_REACH; k++) {
        const t = tokens[k]!;
        if (unlistedPlural(t)) {
          noun = k;
          break;
        }
        if (t.kind !== 'word' || t.text !== t.lower || FUNCTION_WORDS.has(t.lower)) break;
      }
    }
    if (noun < 0) return undefined;
    let verb = noun + 1;
    // "janitors and supporters": a people noun joined to the unlisted one
    if ((tokens[verb]?.lower === 'and' || tokens[verb]?.lower === 'or') && isPeopleNoun(tokens[verb + 1])) verb += 2;
    return actorVerbAt(tokens, verb) ? { counted: tokens[noun]!.text } : undefined;
  },
};
