import { QUOTE_CLOSERS } from '../../claimantWords.js';
import { closingSpeechVerbs, type ClaimantRule } from '../context.js';
import { phraseAfter } from '../phrase.js';

export const saidNameAfter: ClaimantRule = {
  name: 'said-name-after',
  reason: 'A closing ", said X" (", said X, head of Y.") names who gave the figure before it.',
  find(context) {
    const { text, tokens } = context;
    for (const v of closingSpeechVerbs(context, false)) {
      // the comma may sit inside a closing quotation mark: “… today,” said Sadr.
      const closesQuote = QUOTE_CLOSERS.has(tokens[v - 1]!.text) && tokens[v - 2]?.text === ',';
      if (tokens[v - 1]!.text !== ',' && !closesQuote) continue;
      const after = phraseAfter(text, tokens, v + 1, true);
      if (after) return after;
    }
    return undefined;
  },
};
