import type { Token } from '../../../../core/tokens.js';
import { CLAIM_ADJECTIVES, CLAIM_NOUN_PREPOSITIONS, OWNER_DETERMINERS, OWNER_STOPS } from '../claimantWords.js';
import { ATTRIBUTION_VERBS, CLAIM_NOUNS, CLAUSE_WORDS, NOUN_DETERMINERS, POSSESSIVE_PRONOUNS } from '../words.js';
import { cleanClaimant, isClauseBreak } from './clause.js';
import { subjectBefore } from './subject.js';

/**
 * Claim nouns ("claim", "estimate", "figure", "tally") and who they belong to: "the city's claim that 5
 * million attended", "police's estimate of 20,000", "20,000 people by the police's estimate".
 */

/** Describing words a claim noun may take after its owner: "the city's official estimate", "police's own count". */
const CLAIM_NOUN_REACH = 2;
/** Lower-case words an owner before its possessive may hold: "the local police's", "the interior ministry's". */
const OWNER_REACH = 2;

/** Token k ends a possessive: "city's", "police’s", or the "'" of "organisers'". */
function isPossessiveEnd(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'word') return /\p{L}['’]s$/u.test(t.text);
  const owner = tokens[k - 1];
  return (t.text === "'" || t.text === '’') && owner?.kind === 'word' && /s$/i.test(owner.text) && owner.end === t.start;
}

/**
 * The owner a possessive ending at token k names, without its "'s": "The city's" → "The city", "the
 * organisers'" → "the organisers", "Chicago Mayor Rahm Emanuel's" → "Chicago Mayor Rahm Emanuel"; capitalised
 * words, a few lower-case ones, and the article that opens them ("the union's", not "lower than the union's").
 */
function ownerBefore(text: string, tokens: Token[], k: number): string | null {
  const end = tokens[k]!.kind === 'word' ? k : k - 1;
  let start = end;
  let lower = tokens[end]!.text === tokens[end]!.lower ? 1 : 0;
  for (let j = end - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) start = j;
    else if (t.kind === 'word' && OWNER_DETERMINERS.has(t.lower)) {
      start = j;
      break;
    } else if (
      t.kind === 'word' &&
      lower < OWNER_REACH &&
      !CLAUSE_WORDS.has(t.lower) &&
      !ATTRIBUTION_VERBS.has(t.lower) &&
      !/ed$/.test(t.lower) &&
      !OWNER_STOPS.has(t.lower)
    ) {
      lower++;
      start = j;
    } else break;
  }
  // a lower-case word left without its article is no part of the owner: "by police's" is "police"
  while (start < end && tokens[start]!.text === tokens[start]!.lower && !OWNER_DETERMINERS.has(tokens[start]!.lower)) start++;
  return cleanClaimant(text.slice(tokens[start]!.start, tokens[end]!.end).replace(/['’]s$/u, ''));
}

/**
 * A claim noun at token i ("claim", "estimate", "figure", "tally") and who it belongs to: its owner before
 * a possessive ("The city's claim" → "The city", "the organisers' figure" → "the organisers"), the pronoun a
 * possessive determiner stands for ("their estimate" → "they"), or no one ("the claim that …", "the official
 * estimate": `owner` null). undefined when token i is no such noun ("organisers claim 40,000" is a verb), or
 * may name its owner as a noun before it ("the police estimate").
 */
export function claimNounOwner(text: string, tokens: Token[], i: number): { owner: string | null } | undefined {
  const noun = tokens[i];
  if (!noun || noun.kind !== 'word' || !CLAIM_NOUNS.has(noun.lower)) return undefined;
  let describing = true;
  for (let k = i - 1; k >= 0 && k >= i - 1 - CLAIM_NOUN_REACH; k--) {
    const t = tokens[k]!;
    if (isPossessiveEnd(tokens, k)) return { owner: ownerBefore(text, tokens, k) };
    if (t.kind !== 'word') return undefined;
    if (POSSESSIVE_PRONOUNS[t.lower]) return { owner: POSSESSIVE_PRONOUNS[t.lower]! };
    // "Police, whose estimate of 8,000 …": the owner is the noun the relative follows
    if (t.lower === 'whose') return { owner: k > 0 ? subjectBefore(text, tokens, k, 0) : null };
    if (NOUN_DETERMINERS.has(t.lower)) return describing ? { owner: null } : undefined;
    // a describing word between: lower-case, no verb or clause word ("official", "own", "crowd")
    if (t.text !== t.lower || CLAUSE_WORDS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || OWNER_STOPS.has(t.lower)) return undefined;
    describing &&= CLAIM_ADJECTIVES.has(t.lower);
  }
  return undefined;
}

/** After the figure: "by the police's estimate", "in the organisers' count", "by their tally". */
export function claimNounAfter(text: string, tokens: Token[], last: number): string | null | undefined {
  for (let i = last + 1; i < tokens.length; i++) {
    if (isClauseBreak(tokens, i)) return undefined;
    if (!CLAIM_NOUN_PREPOSITIONS.has(tokens[i]!.lower)) continue;
    for (let k = i + 1; k <= i + 2 + CLAIM_NOUN_REACH + 3 && k < tokens.length; k++) {
      if (tokens[k]!.kind === 'punct' && !["'", '’'].includes(tokens[k]!.text)) break;
      if (!CLAIM_NOUNS.has(tokens[k]!.lower)) continue;
      const found = claimNounOwner(text, tokens, k);
      if (found?.owner) return found.owner;
      break;
    }
  }
  return undefined;
}
