import type { Token } from '../../../../core/tokens.js';
import { LEADING_WORDS, RELATIVES, SUBJECT_AUXILIARIES } from '../claimantWords.js';
import { cleanClaimant, endsSubject, hasCapital, isClauseBreak } from './clause.js';

const DASHES = new Set(['—', '–']);

function isDash(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return DASHES.has(t.text) || (t.text === '-' && tokens[i - 1]?.end !== t.start);
}

/** Tokens a comma aside before the speech verb may take: ", who spoke on condition of anonymity because …,". */
const ASIDE_REACH = 30;

/** Tokens a dash aside may take between its dashes. */
const DASH_ASIDE_REACH = 24;

/** The dash opening the aside that the dash at `close` ends, or -1. */
function openingDash(tokens: Token[], close: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - DASH_ASIDE_REACH); k--) if (isDash(tokens, k)) return k;
  return -1;
}

/** The noun phrase ending just before token `verb`, read back to the clause start; handles "Name, role of Body,". */
export function subjectBefore(text: string, tokens: Token[], verb: number, floor: number): string | null {
  let end = verb - 1;
  // "Organisers had expected": the auxiliary is not part of who
  while (end >= floor && tokens[end]!.kind === 'word' && tokens[end]!.text === tokens[end]!.lower && SUBJECT_AUXILIARIES.has(tokens[end]!.lower)) end--;
  while (end >= floor && tokens[end]!.text === ',') end--;
  // "Officials — who by policy did not give their names — estimated": the subject is before the aside
  if (end >= floor && isDash(tokens, end)) {
    const open = openingDash(tokens, end, floor);
    if (open > floor) end = open - 1;
  }
  // "Security officials, speaking on condition of anonymity, said", "Two officers, who spoke …, estimated": the subject is before the aside
  if (tokens[verb - 1]?.text === ',') {
    for (let c = verb - 2; c > floor && c >= verb - ASIDE_REACH; c--) {
      const t = tokens[c]!;
      const next = tokens[c + 1];
      if (t.text === ',' && next && (RELATIVES.has(next.lower) || (next.text === next.lower && next.lower.endsWith('ing')))) {
        end = c - 1;
        break;
      }
      if (t.kind === 'punct' && isClauseBreak(tokens, c)) break;
    }
  }
  if (end < floor) return null;
  const startOf = (last: number) => {
    let start = last;
    while (start - 1 >= floor && !isClauseBreak(tokens, start - 1) && !endsSubject(tokens[start - 1]!)) start--;
    return start;
  };
  let start = startOf(end);
  // "Police, who expected trouble, said …": the subject is before the relative clause
  if (RELATIVES.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.text === ',' && tokens[verb - 1]?.text === ',' && start - 3 >= floor) {
    end = start - 3;
    start = startOf(end);
  }
  // Split at commas: keep the last part, with the part before it when that is a name and this its role.
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (tokens[i]!.text === ',') {
      if (i > from) parts.push([from, i - 1]);
      from = i + 1;
    }
  }
  if (from <= end) parts.push([from, end]);
  if (!parts.length) return null;
  const [partStart, last] = parts[parts.length - 1]!;
  let first = partStart;
  const previous = parts[parts.length - 2];
  if (previous && !hasCapital(tokens[first]) && hasCapital(tokens[previous[1]]) && !LEADING_WORDS.has(tokens[previous[0]]!.lower)) {
    first = previous[0];
  }
  return cleanClaimant(text.slice(tokens[first]!.start, tokens[last]!.end));
}
