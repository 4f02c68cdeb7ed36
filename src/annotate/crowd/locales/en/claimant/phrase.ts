import type { Token } from '../../../../core/tokens.js';
import { NAME_PARTICLES, OWNER_DETERMINERS, ROLE_DETERMINERS, ROLE_LINKS } from '../claimantWords.js';
import { cleanClaimant, isClauseBreak } from './clause.js';

/** A phrase after a name's comma that is its role: "a spokeswoman for …", "head of Y". */
function isRole(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return false;
  return OWNER_DETERMINERS.has(first.lower) || ROLE_LINKS.has(tokens[i + 1]?.lower ?? '');
}

/**
 * The tokens from `i` are a person's name in apposition that closes the phrase: capitalised words (with
 * particles, hyphens and initials) up to a comma, a clause break or the sentence's end ("…, Karla Rubilar.").
 * Not a name that goes on into a clause of its own ("…, Hong Kong was calm").
 */
function isClosingName(tokens: Token[], i: number): boolean {
  let k = i;
  let capitals = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (/^\p{Lu}/u.test(t.text)) capitals++;
      else if (!NAME_PARTICLES.has(t.lower)) return false;
    } else if (t.text === '-' || t.text === '.' || t.text === "'" || t.text === '’') {
      if (t.text === '.' && !(tokens[k - 1]?.text.length === 1 && tokens[k + 1]?.kind === 'word')) break;
    } else break;
  }
  return capitals > 0 && /^\p{Lu}/u.test(tokens[i]?.text ?? '');
}

/** The phrase [from, end) is a role that a name may follow: "the city's governor", "a police spokesman"; not "police". */
function endsInRole(tokens: Token[], from: number, end: number): boolean {
  const last = tokens[end - 1];
  if (!last || last.kind !== 'word' || last.text !== last.lower || end - from < 2) return false;
  return ROLE_DETERMINERS.has(tokens[from]!.lower) || /['’]s$/.test(tokens[from]!.text);
}

/**
 * The noun phrase from token `from` to the end of its clause ("according to police, …"); with
 * `allowCommas`, on into a role or the name a role gives ("the city's governor, Karla Rubilar").
 */
export function phraseAfter(text: string, tokens: Token[], from: number, allowCommas: boolean): string | null {
  let end = from;
  while (end < tokens.length && !isClauseBreak(tokens, end)) {
    // a comma continues the phrase only into a role: "Maria Lopes, a spokeswoman for …", "X, head of Y";
    // or from a role into the name it gives: "the city's governor, Karla Rubilar"
    if (tokens[end]!.text === ',' && !(allowCommas && (isRole(tokens, end + 1) || (endsInRole(tokens, from, end) && isClosingName(tokens, end + 1))))) break;
    end++;
  }
  // stop before trailing commas / a trailing time phrase ("on Friday")
  let last = end - 1;
  const abbreviationDot = (k: number) => tokens[k]!.text === '.' && tokens[k - 1]?.text.length === 1 && /\p{Lu}/u.test(tokens[k - 1]!.text);
  while (last >= from && tokens[last]!.kind === 'punct' && !abbreviationDot(last)) last--;
  if (last < from) return null;
  return cleanClaimant(text.slice(tokens[from]!.start, tokens[last]!.end));
}
