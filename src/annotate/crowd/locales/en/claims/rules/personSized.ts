import { ATTENDED_EVENT_NOUNS, FUNCTION_WORDS, GATHERING_NOUNS, SIZE_UNIT_NOUNS, SIZE_UNIT_REACH } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { isVerbWord } from '../grammar.js';

export const personSized: FigureRule = {
  name: 'person-sized',
  reason:
    'A figure glued by a hyphen to a unit of people before a gathering or an attended event ("a 600-person rally at Harvard", "the 100-person-strong rally", "a 300-member picket") is that gathering\'s size; before any other noun ("a 150-person company", "a 500-member union"), or before a panel, whose members it counts ("a three-member panel to arbitrate"), it sizes no crowd.',
  judge: ({ sentence: { tokens }, peopleNoun }) => {
    if (peopleNoun === null || !SIZE_UNIT_NOUNS.has(tokens[peopleNoun]!.lower) || tokens[peopleNoun - 1]?.text !== '-') return undefined;
    let k = peopleNoun + 1;
    // "100-person-strong rally"
    if (tokens[k]?.text === '-' && tokens[k + 1]?.lower === 'strong') k += 2;
    for (let read = 0; read <= SIZE_UNIT_REACH && k < tokens.length; read++, k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word' && t.text !== '-') return 'drop';
      // "a three-member panel to arbitrate": the panel's own members, not its audience
      if (t.lower === 'panel') return 'drop';
      if (GATHERING_NOUNS.has(t.lower) || ATTENDED_EVENT_NOUNS.has(t.lower)) return { counted: t.text };
      // the noun phrase ended on another head: "the 500-member union voted to strike"
      if (FUNCTION_WORDS.has(t.lower) || isVerbWord(tokens, k)) return 'drop';
    }
    return 'drop';
  },
};
