import { CLOSING_SPEAKER_SHORT, CLOSING_SPEAKER_WORDS, SPEAKER_OPENERS, TOLD_VERBS } from '../../claimantWords.js';
import { CLAUSE_WORDS } from '../../words.js';
import { cleanClaimant, endsSentence, isClauseBreak } from '../clause.js';
import { closingSpeechVerbs, type ClaimantContext, type ClaimantRule } from '../context.js';

/** A parenthesised abbreviation closing at token k ("the National Union of Mineworkers (NUM) said"): the index of its "(", else -1. */
function abbreviationOpening(tokens: ClaimantContext['tokens'], k: number): number {
  if (tokens[k]?.text !== ')' || tokens[k - 2]?.text !== '(') return -1;
  const inner = tokens[k - 1]!;
  return inner.kind === 'word' && /^\p{Lu}[\p{Lu}\d&.-]*$/u.test(inner.text) ? k - 2 : -1;
}

/**
 * A speaker phrase short enough, or opening as a noun phrase does when long and closing the sentence ("a spokesman for
 * the port and transport union FNV said.") or set in apposition before the verb (", Cristobal Aranibar, told Reuters";
 * not an age or a manner in apposition: ", 38, said", ", in a statement, said").
 */
function isSpeaker(phrase: string, apposition: boolean, closesSentence: boolean): boolean {
  const words = phrase.split(' ');
  const nounPhrase = SPEAKER_OPENERS.has(words[0]!) || /^\p{Lu}/u.test(words[0]!);
  if (apposition && !nounPhrase) return false;
  // a long speaker only where the verb ends the sentence, not a relative clause's ("a target that X said is now optimistic")
  return words.length <= CLOSING_SPEAKER_SHORT || (words.length <= CLOSING_SPEAKER_WORDS && nounPhrase && closesSentence);
}

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
    'A closing ", X said." (or ", organizers said, while …") after the figure names who gave it, when the verb closes its clause in the figure\'s own sentence; the wire\'s speakers are long noun phrases and may hold an abbreviation in brackets (", a spokesman for the port and transport union FNV said.", ", the National Union of Mineworkers (NUM) said.", ", Jorge Luis Leao Franco, a senior official of the union, told Reuters.").',
  find(context) {
    const { text, tokens, last } = context;
    for (const v of closingSpeechVerbs(context, true)) {
      // a speaker in apposition closes with a comma before the verb: ", Jorge Luis Leao Franco, a senior official of the union, told Reuters."
      const end = tokens[v - 1]!.text === ',' ? v - 2 : v - 1;
      // an abbreviation in brackets is part of the speaker's name: "the National Union of Mineworkers (NUM) said",
      // "a Taiwan Shipbreaking Industry Association (TSIA) spokesman, told Reuters"
      let s = end;
      for (;;) {
        while (s > last && !(tokens[s]!.text === ',' || isClauseBreak(tokens, s))) s--;
        const opening = abbreviationOpening(tokens, s);
        if (opening <= last) break;
        s = opening - 1;
      }
      if (s <= last || s >= end || CLAUSE_WORDS.has(tokens[s + 1]!.lower)) continue;
      // the attribution of a quote in a later sentence: "…40 students picketed. “I'm here,” one protester said."
      if (tokens.slice(last + 1, s).some((_, k) => endsSentence(tokens, last + 1 + k))) continue;
      const tail = tailLength(tokens, v);
      if (tail > 3) continue;
      const phrase = cleanClaimant(text.slice(tokens[s + 1]!.start, tokens[end]!.end));
      // the verb ends the sentence, or only its hearer follows ("told Reuters", "told a news conference")
      const closes = tail === 0 || TOLD_VERBS.has(tokens[v]!.lower);
      if (phrase && isSpeaker(phrase, end !== v - 1, closes)) return phrase;
    }
    return undefined;
  },
};
