import type { Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';
import { LABEL_AUXILIARIES } from '../claimantWords.js';
import { ATTRIBUTION_VERBS, PUT_AT_VERBS } from '../words.js';
import { describesOnly, isDemonymOrPeople, sourceLabel } from './labels.js';
import { isWordOfLabel } from './marks.js';

/** Words after a speech verb before "at": "police put it at 20,000", "police put the number at 20,000". */
const PUT_REACH = 3;

/** One figure of an aside and who gave it (null: no one named), with the token after it. */
interface Item {
  quantity: number;
  claimant: string | null;
  next: number;
}

/** An aside's tokens (open, close) and the sentence's figures, by the token each starts at. */
interface Aside {
  text: string;
  tokens: Token[];
  open: number;
  close: number;
  quantityAt: Map<number, number>;
  quantities: Quantity[];
}

/** After a figure (and the people noun it may take): the token its item ends at. */
function afterFigure(a: Aside, qi: number): number {
  let k = a.quantities[qi]!.last + 1;
  if (k < a.close && a.tokens[k]!.kind === 'word' && isDemonymOrPeople(a.tokens[k]!)) k++;
  return k;
}

/** The token past a label from `from`: its words, up to a figure or an "and" before one. */
function labelEnd(a: Aside, from: number): number {
  let k = from;
  while (k < a.close && isWordOfLabel(a.tokens[k]!) && !a.quantityAt.has(k) && !(a.tokens[k]!.lower === 'and' && a.quantityAt.has(k + 1))) k++;
  return k;
}

/** "1.5 million according to police", "1.5 million, according to police". */
function figureThenSource(a: Aside, qi: number): Item | null {
  let k = afterFigure(a, qi);
  if (a.tokens[k]?.text === ',') k++;
  if (!(k + 1 < a.close && a.tokens[k]!.lower === 'according' && a.tokens[k + 1]!.lower === 'to')) return null;
  const end = labelEnd(a, k + 2);
  const claimant = sourceLabel(a.text, a.tokens, k + 2, end - 1, false);
  return claimant ? { quantity: qi, claimant, next: end } : null;
}

/** "according to police, 1.5 million". */
function accordingToFirst(a: Aside, pos: number): Item | null {
  const end = labelEnd(a, pos + 2);
  const figure = a.quantityAt.get(a.tokens[end]?.text === ',' ? end + 1 : end);
  const claimant = sourceLabel(a.text, a.tokens, pos + 2, end - 1, false);
  return claimant && figure !== undefined ? { quantity: figure, claimant, next: afterFigure(a, figure) } : null;
}

/** "police said 20,000", "police said that 20,000", "police put it at 20,000": the source is the label before the verb. */
function sourceSaid(a: Aside, pos: number, verb: number, end: number): Item | null {
  const { tokens } = a;
  let k = verb + 1;
  if (tokens[k]?.lower === 'that') k++;
  else if (PUT_AT_VERBS.has(tokens[verb]!.lower) && !a.quantityAt.has(k)) {
    let at = k;
    while (at < end && at - k < PUT_REACH && tokens[at]!.lower !== 'at') at++;
    if (tokens[at]?.lower === 'at') k = at + 1;
  }
  let last = verb - 1;
  while (last > pos && LABEL_AUXILIARIES.has(tokens[last]!.lower)) last--;
  const figure = a.quantityAt.get(k);
  const claimant = sourceLabel(a.text, tokens, pos, last, false);
  return claimant && figure !== undefined ? { quantity: figure, claimant, next: afterFigure(a, figure) } : null;
}

/** The first lower-case speech verb (not "according") among tokens [pos, end), or -1. */
function speechVerbIn(tokens: Token[], pos: number, end: number): number {
  for (let k = pos; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && t.text === t.lower && ATTRIBUTION_VERBS.has(t.lower) && t.lower !== 'according') return k;
  }
  return -1;
}

/** An item that opens with its source's label: "police: 1.5 million", "police said 20,000", or after the first, "organisers 50,000". */
function labelFirst(a: Aside, pos: number, afterFirstItem: boolean): Item | null {
  const end = labelEnd(a, pos);
  const verb = speechVerbIn(a.tokens, pos, end);
  if (a.tokens[end]?.text === ':') {
    // "police: 1.5 million", "police said: 20,000", "police estimate: 20,000"
    const figure = a.quantityAt.get(end + 1);
    const claimant = sourceLabel(a.text, a.tokens, pos, end - 1, true);
    return (claimant || describesOnly(a.tokens, pos, end - 1)) && figure !== undefined ? { quantity: figure, claimant, next: afterFigure(a, figure) } : null;
  }
  if (verb > pos) return sourceSaid(a, pos, verb, end);
  if (afterFirstItem && verb < 0 && a.quantityAt.has(end)) {
    // "(police: 20,000, organisers 50,000)": a later source may drop its colon
    const claimant = sourceLabel(a.text, a.tokens, pos, end - 1, true);
    return claimant ? { quantity: a.quantityAt.get(end)!, claimant, next: afterFigure(a, a.quantityAt.get(end)!) } : null;
  }
  return null;
}

/** The attribution starting at token `pos`, or null (and 'stop' where a comma aside holds anything but "N according to X"). */
function itemAt(a: Aside, pos: number, afterFirstItem: boolean): Item | null | 'stop' {
  const qi = a.quantityAt.get(pos);
  if (qi !== undefined) return figureThenSource(a, qi);
  // between commas only "N according to LABEL" is an aside: ", 50,000 according to police,"
  if (a.tokens[a.open]!.text === ',') return 'stop';
  if (a.tokens[pos]!.lower === 'according' && a.tokens[pos + 1]?.lower === 'to') return accordingToFirst(a, pos);
  return labelFirst(a, pos, afterFirstItem);
}

/**
 * Parses the aside's tokens (open, close) into attributions, each "LABEL: N", "N according to LABEL",
 * "according to LABEL, N", "LABEL said N" ("put it at N"), or after the first a bare "LABEL N", separated by
 * ";", "," or "and". null when any part is something else.
 */
export function parseAside(text: string, tokens: Token[], open: number, close: number, quantityAt: Map<number, number>, quantities: Quantity[]): Item[] | null {
  const a: Aside = { text, tokens, open, close, quantityAt, quantities };
  const items: Item[] = [];
  let pos = open + 1;
  while (pos < close) {
    const item = itemAt(a, pos, items.length > 0);
    if (item === 'stop' || !item || item.next > close) return null;
    items.push(item);
    pos = item.next;
    if (pos >= close) break;
    // a separator before the next attribution: ";", ",", "and", ", and"
    if (tokens[pos]!.text === ';' || tokens[pos]!.text === ',') pos++;
    if (tokens[pos]?.lower === 'and' && pos < close) pos++;
    else if (pos === item.next) return null;
    if (pos >= close) return null;
  }
  return items.length ? items : null;
}
