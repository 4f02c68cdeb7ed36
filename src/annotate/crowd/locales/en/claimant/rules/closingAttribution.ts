import { CLAUSE_WORDS } from '../../words.js';
import { cleanClaimant, endsSentence, isClauseBreak } from '../clause.js';
import { closingSpeechVerbs, type ClaimantContext, type ClaimantRule } from '../context.js';

/** Words between a speech verb and its clause's end: "police said." or "police said on Friday," close it, "police said the march was peaceful" does not. */
function tailLength(tokens: ClaimantContext['tokens'], v: number): number {
  let tail = 0;
  for (
    let k = v + 1;
    k < tokens.length && tokens[k]!.text !== ',' && !isClauseBreak(tokens, k) && !(k === tokens.length - 1 && tokens[k]!.kind === 'punct');
    k++
  )
    tail++;
  return tail;
}

export const closingAttribution: ClaimantRule = {
  name: 'closing-attribution',
  reason:
    'A closing ", X said." (or ", organizers said, while …") after the figure names who gave it, when the verb closes its clause in the figure\'s own sentence.',
  find(context) {
    const { text, tokens, last } = context;
    for (const v of closingSpeechVerbs(context, true)) {
      let s = v - 1;
      while (s > last && !(tokens[s]!.text === ',' || isClauseBreak(tokens, s))) s--;
      if (s <= last || s >= v - 1 || CLAUSE_WORDS.has(tokens[s + 1]!.lower)) continue;
      // the attribution of a quote in a later sentence: "…40 students picketed. “I'm here,” one protester said."
      if (tokens.slice(last + 1, s).some((_, k) => endsSentence(tokens, last + 1 + k))) continue;
      if (tailLength(tokens, v) > 3) continue;
      const phrase = cleanClaimant(text.slice(tokens[s + 1]!.start, tokens[v - 1]!.end));
      if (phrase && phrase.split(' ').length <= 8) return phrase;
    }
    return undefined;
  },
};
