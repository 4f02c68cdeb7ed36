import type { Token } from '../../../../../core/tokens.js';
import { OCCASION_MEMBER_NOUNS, OCCASION_NOT_PRESENT, OCCASION_NOT_PRESENT_REACH, OCCASION_NOUNS, OCCASION_VERBS } from '../../peopleWords.js';
import { CLAUSE_ENDS } from '../../words.js';
import type { Figure, FigureRule } from '../figureTypes.js';

/** The tokens of the figure's stretch of sentence: from the clause mark before it to the one after it. */
function stretch(tokens: Token[], q: Figure['q']): [number, number] {
  const stop = (t: Token) => CLAUSE_ENDS.has(t.text) || t.text === '.' || t.text === '!' || t.text === '?';
  let a = q.first;
  while (a > 0 && !stop(tokens[a - 1]!)) a--;
  let b = q.last;
  while (b + 1 < tokens.length && !stop(tokens[b + 1]!)) b++;
  return [a, b];
}

/** An occasion's noun (a capitalised "Mass" too) or verb in tokens [a, b]. */
function occasionIn(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    // "Mass" with a capital, not in a name ("the Mass Public Opinion Institute"); other occasions in lower case only
    // ("mass graves", "the Pussy Riot collective")
    if (t.lower === 'mass') {
      if (t.text === 'Mass' && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return true;
      continue;
    }
    if (t.text === t.lower && (OCCASION_NOUNS.has(t.lower) || OCCASION_VERBS.has(t.lower))) return true;
  }
  return false;
}

export const peopleAtOccasion: FigureRule = {
  name: 'people-at-occasion',
  reason:
    'A people count in the stretch of sentence that names an occasion people attend, told by no word of protest or turnout, is the crowd at it ("told about 400 residents during a Monday night meeting", "celebrating the Mass for tens of thousands of people", "a bar brawl involving up to 500 people", "the 350,000 to 400,000 people expected to celebrate in the capital"); not a body\'s size or people the occasion is about or that watched it from afar ("the union, which has 13,000 members", "a ceremony honouring 40 veterans", "watched by 2 million people on television").',
  judge: ({ sentence: { tokens }, q, peopleNoun, aboutGathering }) => {
    if (peopleNoun === null || aboutGathering || OCCASION_MEMBER_NOUNS.has(tokens[peopleNoun]!.lower)) return undefined;
    const [a, b] = stretch(tokens, q);
    if (!occasionIn(tokens, a, b)) return undefined;
    const near = [
      ...tokens.slice(Math.max(a, q.first - OCCASION_NOT_PRESENT_REACH), q.first),
      ...tokens.slice(peopleNoun + 1, peopleNoun + 1 + OCCASION_NOT_PRESENT_REACH),
    ];
    if (near.some((t) => OCCASION_NOT_PRESENT.has(t.lower))) return undefined;
    return { counted: tokens[peopleNoun]!.text };
  },
};
