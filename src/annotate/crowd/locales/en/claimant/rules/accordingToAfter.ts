import type { ClaimantRule } from '../context.js';
import { phraseAfter } from '../phrase.js';

export const accordingToAfter: ClaimantRule = {
  name: 'according-to-after',
  reason: '"According to X" after the figure names its source; the first one decides, even when it names no one.',
  find({ text, tokens, last }) {
    for (let i = last + 1; i < tokens.length - 2; i++) {
      if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') return phraseAfter(text, tokens, i + 2, true);
    }
    return undefined;
  },
};
