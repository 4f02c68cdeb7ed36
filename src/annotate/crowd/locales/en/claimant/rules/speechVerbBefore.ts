import type { Token } from '../../../../../core/tokens.js';
import { BY_TIME, PASSIVE, PASSIVE_STOPS, SUBJECT_AUXILIARIES, TOLD_VERBS } from '../../claimantWords.js';
import { FORECAST_VERBS, GATHERING_NOUNS, INTENT_VERBS } from '../../words.js';
import { claimNounOwner } from '../claimNouns.js';
import { cleanClaimant, isClauseBreak, isPronoun, isSpeechVerb } from '../clause.js';
import type { ClaimantContext, ClaimantRule } from '../context.js';
import { phraseAfter } from '../phrase.js';
import { subjectBefore } from '../subject.js';

/** Who expects a forecast figure is its claimant: "organisers expected 50,000", "the union hopes to draw 10,000". */
function isForecastVerb(t: Token): boolean {
  return FORECAST_VERBS.has(t.lower) || INTENT_VERBS.has(t.lower);
}

/** What one word before the figure says: a claimant (null: decided, no one), a pronoun to remember, or nothing. */
type Step = { claimant: string | null } | { pronoun: string } | null;

/** An owner of a claim noun: a claimant, or a pronoun to remember. */
function ownerStep(owner: string | null): Step {
  if (owner && isPronoun(owner)) return { pronoun: owner };
  return owner ? { claimant: owner } : null;
}

/** "according to police, 5,000 marched": the phrase after "according to", up to its comma or the figure. */
function accordingToBefore({ text, tokens, first }: ClaimantContext, i: number): Step {
  if (tokens[i + 1]?.lower !== 'to') return null;
  const phraseEnd = tokens.findIndex((x, k) => k > i + 1 && (x.text === ',' || isClauseBreak(tokens, k)));
  const stop = phraseEnd < 0 || phraseEnd > first ? first : phraseEnd;
  const phrase = stop > i + 2 ? cleanClaimant(text.slice(tokens[i + 2]!.start, tokens[stop - 1]!.end)) : null;
  return phrase ? { claimant: phrase } : null;
}

/** "was estimated by police at 30,000": the claimant follows "by"; without it the subject is the crowd itself. */
function passiveBy({ text, tokens, first }: ClaimantContext, i: number): Step {
  if (tokens[i + 1]?.lower !== 'by') return null;
  let stop = i + 2;
  while (stop < first && tokens[stop]!.kind === 'word' && !PASSIVE_STOPS.has(tokens[stop]!.lower)) stop++;
  return stop > i + 2 ? { claimant: cleanClaimant(text.slice(tokens[i + 2]!.start, tokens[stop - 1]!.end)) } : null;
}

/**
 * "crowds estimated at 1,800 by organisers", "was put at 30,000 by the ministry": a passive estimate, the
 * figure straight after "at", whose agent follows the figure. "at least" after the verb is the active
 * voice ("police estimated at least 5,000"), and "by noon" says when, not who.
 */
function agentAfterFigure({ text, tokens, first, last }: ClaimantContext, i: number): Step {
  if (tokens[i + 1]?.lower !== 'at' || tokens[i + 2]?.lower === 'least' || first - (i + 1) > 3 || tokens[last + 1]?.lower !== 'by') return null;
  const agent = phraseAfter(text, tokens, last + 2, false);
  return agent && !BY_TIME.test(agent) ? { claimant: agent } : null;
}

/**
 * "a crowd estimated at 3,000": a participle right after the gathering it sizes, the figure after "at", is a passive
 * with no agent, not a gathering that speaks; the search for a speaker goes on before it ("Police said a crowd
 * estimated at 5,000 gathered").
 */
function reducedPassive(tokens: Token[], i: number): boolean {
  return tokens[i + 1]?.lower === 'at' && tokens[i + 2]?.lower !== 'least' && GATHERING_NOUNS.has(tokens[i - 1]?.lower ?? '');
}

/** The speaker of the speech verb at token i: the owner of an estimate that is its subject, else its subject. */
function speakerOf(context: ClaimantContext, i: number): Step {
  const { text, tokens } = context;
  // "The city's official estimate put the crowd at 5 million": the estimate's owner gave the figure
  let head = i - 1;
  while (head >= 0 && tokens[head]!.kind === 'word' && tokens[head]!.text === tokens[head]!.lower && SUBJECT_AUXILIARIES.has(tokens[head]!.lower)) head--;
  const ownedSubject = head >= 0 ? claimNounOwner(text, tokens, head) : undefined;
  if (ownedSubject) return ownerStep(ownedSubject.owner);
  // "organisers said they expected 50,000": a named subject further back in the clause says who "they" are
  const subject = subjectBefore(text, tokens, i, 0);
  if (subject && isPronoun(subject)) return { pronoun: subject };
  return subject ? { claimant: subject } : null;
}

/** What token i (a word of the figure's clause, before it) says of who gave the figure. */
function stepAt(context: ClaimantContext, i: number): Step | 'skip' {
  const { text, tokens, first, forecast, clauses } = context;
  const t = tokens[i]!;
  if (t.kind !== 'word' || (clauses && clauses[i] !== 0 && clauses[i] !== clauses[first])) return 'skip';
  // "The city's claim that 5 million attended", "police's estimate of 20,000": the owner gave the figure;
  // "the claim that …" names no one, and the word is no speech verb.
  const claimNoun = claimNounOwner(text, tokens, i);
  if (claimNoun) return ownerStep(claimNoun.owner);
  if (!(isSpeechVerb(tokens, i) || (forecast && isForecastVerb(t)))) return 'skip';
  if (t.lower === 'according') return accordingToBefore(context, i);
  // "told about 400 residents": the count is whom the speaker told, not a figure the speaker gave
  if (i === first - 1 && TOLD_VERBS.has(t.lower)) return 'skip';
  const agent = agentAfterFigure(context, i);
  if (agent) return agent;
  if (reducedPassive(tokens, i)) return 'skip';
  if (PASSIVE.has(tokens[i - 1]?.lower ?? '')) return passiveBy(context, i);
  return speakerOf(context, i);
}

export const speechVerbBefore: ClaimantRule = {
  name: 'speech-verb-before',
  reason:
    'The subject of the nearest speech verb before a figure in its clause ("two officials estimated that the crowd reached 500,000"), or the owner of an estimate, gave the figure; not the subject of a verb of telling whose object is the count ("told about 400 residents during a meeting").',
  find(context) {
    for (let i = context.first - 1; i >= 0; i--) {
      if (isClauseBreak(context.tokens, i)) break;
      const step = stepAt(context, i);
      if (!step || step === 'skip') continue;
      if ('claimant' in step) return step.claimant;
      context.pronoun ??= step.pronoun;
    }
    return undefined;
  },
};
