import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { isGatheringNoun } from '../../events/gatheringNouns.js';
import { CASUALTY_WORDS, FIGURE_NOUNS, GATHERING_NOUNS, NOT_PEOPLE_NOUNS, PEOPLE_NOUNS, QUOTE_MARKS, SIZE_LINKS } from '../../words.js';
import { MEETING_OF_NOUNS, PLURAL_SIZE_LINKS } from '../../peopleWords.js';
import { isPeopleNoun } from '../people.js';
import type { FigureRule } from '../figureTypes.js';

/** "the crowd on Friday reached 500,000", "a rally of 5,000", "turnout was 2 million", "estimated at 10,000". */
function nounBefore(tokens: Token[], q: Quantity, aboutGathering: boolean): number | null {
  const link = tokens[q.first - 1];
  if (!link || link.kind !== 'word' || !SIZE_LINKS.has(link.lower)) return null;
  // "of" binds to the noun right before it: "a crowd of 10,000", never "a protest against the killing of two".
  const reach = link.lower === 'of' ? 1 : 6;
  const from = Math.max(0, q.first - 1 - reach);
  // "the number of troops at the protest was 5,000" counts troops
  if (tokens.slice(from, q.first).some((t) => NOT_PEOPLE_NOUNS.has(t.lower))) return null;
  // "The death toll from that strike had risen to 21", "arrests … taking the number to 23": a count of casualties
  if (tokens.slice(from, q.first).some((t) => CASUALTY_WORDS.has(t.lower))) return null;
  for (let k = q.first - 2; k >= from; k--) {
    const t = tokens[k]!;
    // "sets “unbreakable attendance record” at 93,098": quote marks stay inside the phrase
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && !QUOTE_MARKS.has(t.text)) return null;
    // a capitalised "March" mid-sentence is the month
    if (t.kind === 'word' && GATHERING_NOUNS.has(t.lower) && (t.text === t.lower || k === 0)) return k;
    // "demonstrations drawing tens of thousands", "rallies of 300": a plural gathering noun
    if (isGatheringNoun(t) && PLURAL_SIZE_LINKS.has(link.lower)) return k;
    // "At the Bronx meeting of 200,": a meeting counted by a bare figure or a people noun after it
    if (link.lower === 'of' && t.kind === 'word' && MEETING_OF_NOUNS.has(t.lower) && (tokens[q.resume]?.kind === 'punct' || isPeopleNoun(tokens[q.resume])))
      return k;
    // "the number was closer to 15,000" — unless it is the number of something else ("the number of troops")
    if (aboutGathering && t.kind === 'word' && FIGURE_NOUNS.has(t.lower)) {
      // "four further arrests have been made …, taking the number to 23": the number of those arrests
      if (tokens.slice(0, k).some((w) => CASUALTY_WORDS.has(w.lower))) return null;
      // "the organisers' figure of 150,000": the figure itself follows "of"
      const of = tokens[k + 1]?.lower === 'of' && k + 2 !== q.first ? tokens[k + 2] : undefined;
      if (!of || PEOPLE_NOUNS.has(of.lower) || GATHERING_NOUNS.has(of.lower) || of.lower === 'the') return k;
      return null;
    }
  }
  return null;
}

export const gatheringNounBefore: FigureRule = {
  name: 'gathering-noun-before',
  reason:
    'A bare figure linked to a gathering noun before it ("the crowd reached 500,000", "a rally of 5,000", "the number was closer to 15,000", plural: "demonstrations drawing tens of thousands"), or by "of" to a meeting with no other noun after it ("At the Bronx meeting of 200,"), is that gathering\'s size.',
  judge: ({ sentence: { tokens }, q, aboutGathering }) => {
    const noun = nounBefore(tokens, q, aboutGathering);
    return noun === null ? undefined : { counted: tokens[noun]!.text };
  },
};
