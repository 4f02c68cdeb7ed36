import { QUOTE_CLOSERS, TOLD_VERBS } from '../../claimantWords.js';
import { closingSpeechVerbs, type ClaimantRule } from '../context.js';
import { phraseAfter } from '../phrase.js';

export const saidNameAfter: ClaimantRule = {
  name: 'said-name-after',
  reason:
    'A closing ", said X" (", said X, head of Y.") names who gave the figure before it; not ", told X": the word after "told" is the hearer ("…, Jorge Luis Leao Franco, a senior official of the union, told Reuters."), and the speaker is before it (`closing-attribution`).',
  find(context) {
    const { text, tokens } = context;
    for (const v of closingSpeechVerbs(context, false)) {
      // the comma may sit inside a closing quotation mark: “… today,” said Sadr.
      const closesQuote = QUOTE_CLOSERS.has(tokens[v - 1]!.text) && tokens[v - 2]?.text === ',';
      if (tokens[v - 1]!.text !== ',' && !closesQuote) continue;
      if (TOLD_VERBS.has(tokens[v]!.lower)) continue;
      const after = phraseAfter(text, tokens, v + 1, true);
      if (after) return after;
    }
    return undefined;
  },
};
