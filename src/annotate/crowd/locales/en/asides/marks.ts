import type { Token } from '../../../../core/tokens.js';
import { DASHES, FINAL_MARKS, HARD_BREAKS, LABEL_MARKS } from '../claimantWords.js';

/** The marks of an attribution aside: where it opens and closes, and what a source's label may hold. */

export function isDash(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'punct') return false;
  // a spaced hyphen is a dash: "people - 20,000 according to police - marched"
  return DASHES.has(t.text) || (t.text === '-' && tokens[k - 1]?.end !== t.start && tokens[k + 1]?.start !== t.end);
}

/** The token closing the aside opened at `open`: its ")" or the next dash; the sentence's end when none. */
export function closeOf(tokens: Token[], open: number): number | null {
  if (tokens[open]!.text === ',') return commaCloseOf(tokens, open);
  const dash = isDash(tokens, open);
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (dash ? isDash(tokens, k) : t.text === ')') return k;
    if (t.text === '(' || t.text === ')' || (!dash && isDash(tokens, k))) return null;
  }
  // no closing mark: the aside runs to the sentence's end, without its final stop
  let end = tokens.length;
  while (end - 1 > open && tokens[end - 1]!.kind === 'punct' && FINAL_MARKS.includes(tokens[end - 1]!.text)) end--;
  return end;
}

/** The token closing a comma aside: the next comma or ";", else the sentence's end; null at a bracket or dash. */
function commaCloseOf(tokens: Token[], open: number): number | null {
  for (let k = open + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || t.text === ';') return k;
    if (HARD_BREAKS.has(t.text) && t.text !== '.') return null;
    if (isDash(tokens, k)) return null;
  }
  let end = tokens.length;
  while (end - 1 > open && tokens[end - 1]!.kind === 'punct' && FINAL_MARKS.includes(tokens[end - 1]!.text)) end--;
  return end;
}

export function isWordOfLabel(t: Token): boolean {
  return t.kind === 'word' || LABEL_MARKS.has(t.text);
}
