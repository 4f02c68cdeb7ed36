import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import {
  COLLECTIVE_PEOPLE_NOUNS,
  COMPLEMENT_PREPOSITIONS,
  COMPLEMENT_REACH,
  NOT_ACTOR_NOUNS,
  NOT_SUBJECT_BEFORE,
  POSSESSIVE_ENDINGS,
  RELATIVE_OPENERS,
} from '../../peopleWords.js';
import { CLAUSE_WORDS, FIGURE_AUXILIARIES, GATHERING_STATES } from '../../words.js';
import { matchWords } from '../../../../../core/tokens.js';
import { isVerbWord } from '../grammar.js';
import { isCasualtyCount, isPeopleNoun } from '../people.js';
import type { FigureRule } from '../figureTypes.js';
import { actorVerbAt, unlistedPlural } from './actorBeforeGatheringVerb.js';
import { attendsSchool } from './attendedSchool.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';

/** Lower-case words that may describe the counted noun before it: "striking", "Mexican immigrant". */
const MODIFIER_REACH = 2;

/** The noun a count names right after it (listed, unlisted or collective: "members", "steelworkers", "faculty"); the figure's own last token when "who" follows it; -1 for none, or for groups, things and forces ("locals", "cops"). */
function countedNoun(tokens: Token[], q: Quantity, listed: number | null): number {
  if (listed !== null) return NOT_ACTOR_NOUNS.has(tokens[listed]!.lower) ? -1 : listed;
  if (RELATIVE_OPENERS.has(tokens[q.resume]?.lower ?? '')) return q.last;
  let j = q.resume;
  if (tokens[j]?.lower === 'of') j++;
  for (let k = j; k < tokens.length && k <= j + MODIFIER_REACH; k++) {
    const t = tokens[k]!;
    if (NOT_ACTOR_NOUNS.has(t.lower)) return -1;
    if (unlistedPlural(t) || COLLECTIVE_PEOPLE_NOUNS.has(t.lower) || isPeopleNoun(t)) return k;
    if (t.kind !== 'word' || t.text !== t.lower) return -1;
  }
  return -1;
}

/** A crowd's own verb at token k, past its auxiliaries: one only people do as a crowd ("struck", "walked out") or, after an auxiliary, a state ("were on strike"); not "were struck by". */
function crowdVerbAt(tokens: Token[], k: number): boolean {
  const from = k;
  while (tokens[k] && FIGURE_AUXILIARIES.has(tokens[k]!.lower)) k++;
  if (k > from && GATHERING_STATES.some((words) => matchWords(tokens, k, words))) return true;
  return actorVerbAt(tokens, k) && tokens[k + 1]?.lower !== 'by';
}

/** "of IAM District 160 struck": the verb the count's prepositional phrase ends at, if it is a crowd's; no other verb or clause word on the way. */
function verbAfterComplement(tokens: Token[], from: number): boolean {
  for (let m = from; m < tokens.length && m < from + COMPLEMENT_REACH; m++) {
    const t = tokens[m]!;
    if (t.kind === 'punct' && !['(', ')', '-', "'", '’', '.', '&'].includes(t.text)) return false;
    // a full stop ends the sentence unless it closes an initial ("U.S.")
    if (t.text === '.' && (tokens[m - 1]?.text.length ?? 0) > 1) return false;
    if (t.kind !== 'word') continue;
    if (m > from && crowdVerbAt(tokens, m)) return true;
    // "of Machinists and Aerospace Workers": "and" inside a name
    if (t.lower === 'and' && /^\p{Lu}/u.test(tokens[m + 1]?.text ?? '')) continue;
    if (CLAUSE_WORDS.has(t.lower) || (t.text === t.lower && isVerbWord(tokens, m))) return false;
  }
  return false;
}

/** A count after a preposition or a possessive is no subject of the verb after its phrase (as for actor-before-gathering-verb). */
function subjectAt(tokens: Token[], q: Quantity): boolean {
  let before = q.first - 1;
  if (tokens[before]?.lower === 'the') before--;
  const word = tokens[before]?.lower ?? '';
  return !NOT_SUBJECT_BEFORE.has(word) && !POSSESSIVE_ENDINGS.some((e) => word.endsWith(e));
}

/** The figure opens its clause's subject: the sentence's start, a mark or a clause word before it ("--More than 1,300 professors", "when 2,700 workers"). */
function opensSubject(tokens: Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1];
  return !before || before.kind === 'punct' || CLAUSE_WORDS.has(before.lower);
}

export const verbPastComplement: FigureRule = {
  name: 'verb-past-complement',
  reason:
    'A count is the crowd of the verb its noun phrase ends at, however far: past a relative pronoun ("one of the 50,000 people who turned out", "the hundreds of steelworkers who demonstrated outside") or past the phrase its noun takes ("More than 230 members of IAM District 160 struck a Boeing subcontractor"); after a relative any gathering verb counts, after the phrase only a verb people do as a crowd (or a state, "were on strike"); not a passive ("were struck by"), not a count after a preposition or a possessive, and no other verb or clause word may come first ("About 500 workers of the 1,700 represented by SEIU crossed the picket lines"); armed forces in ranks are no crowd.',
  judge: ({ sentence, q, peopleNoun }) => {
    const { tokens } = sentence;
    const noun = countedNoun(tokens, q, peopleNoun);
    // "Police arrested more than 50 people who took part": people a harm befell, whatever they had done
    if (noun < 0 || isCasualtyCount(tokens, q, noun)) return undefined;
    const listed = noun === peopleNoun || COLLECTIVE_PEOPLE_NOUNS.has(tokens[noun]!.lower);
    const next = tokens[noun + 1]?.lower ?? '';
    const counted = noun === q.last ? 'people' : tokens[noun]!.text;
    // a relative: "who" for a noun no list names ("58 shots that struck the car"); a verb things also do ("about 60
    // immigrants who had packed into the trailer") only in a sentence about a gathering
    if (RELATIVE_OPENERS.has(next)) {
      if (!listed && noun !== q.last && next !== 'who') return undefined;
      const verb = tokens[noun + 2]?.lower === 'had' || tokens[noun + 2]?.lower === 'have' ? noun + 3 : noun + 2;
      // "some 560,000 borrowers who attended the for-profit Corinthian Colleges chain": enrolled, not gathered
      if (attendsSchool(tokens, verb)) return undefined;
      // a noun no list names ("560,000 borrowers who attended the … Colleges chain") takes only a verb people do as a crowd
      const gathered = actorVerbAt(tokens, verb) || ((listed || noun === q.last) && sentence.aboutGathering && gatheringVerbAt(tokens, noun + 2));
      return gathered && tokens[verb + 1]?.lower !== 'by' ? { counted } : undefined;
    }
    if (!COMPLEMENT_PREPOSITIONS.has(next) || !subjectAt(tokens, q)) return undefined;
    // a noun no list names heads its own clause: "More than 1,300 professors from CUNY rallied", not "in the first 10 rows of the auditorium walked out"
    if (!listed && !opensSubject(tokens, q)) return undefined;
    return verbAfterComplement(tokens, noun + 2) ? { counted } : undefined;
  },
};
