import type { Token } from '../../../../../core/tokens.js';
import {
  ATTEND_VERBS,
  ATTENDED_EVENT_NOUNS,
  ATTENDED_OBJECT_REACH,
  FIGURE_AUXILIARIES,
  GATHERING_NOUNS,
  RELATIVE_PRONOUNS,
  SCHOOL_NOUNS,
} from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** The verb at token j is "attended" with a school, a college or its classes after it ("attended the now-defunct chain"), not a gathering held there. */
export function attendsSchool(tokens: Token[], j: number): boolean {
  if (!ATTEND_VERBS.has(tokens[j]?.lower ?? '')) return false;
  for (let k = j + 1, words = 0; k < tokens.length && words < ATTENDED_OBJECT_REACH; k++) {
    const t = tokens[k]!;
    // "the now-defunct chain": a hyphen joins words of one
    if (t.text === '-') continue;
    if (t.kind === 'punct') return false;
    words++;
    if (GATHERING_NOUNS.has(t.lower) || ATTENDED_EVENT_NOUNS.has(t.lower)) return false;
    if (SCHOOL_NOUNS.has(t.lower)) return true;
  }
  return false;
}

export const attendedSchool: FigureRule = {
  name: 'attended-school',
  reason:
    'People counted as attending a school, a college or its classes ("hundreds of thousands of students who attended the now-defunct chain") are enrolled, not gathered, though "attended" is a gathering word; attending a rally or a meeting at a school ("500 students attended the rally at the university") is turnout.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    let j = (peopleNoun ?? q.last) + 1;
    if (RELATIVE_PRONOUNS.has(tokens[j]?.lower ?? '')) j++;
    while (tokens[j] && FIGURE_AUXILIARIES.has(tokens[j]!.lower)) j++;
    return attendsSchool(tokens, j) ? 'drop' : undefined;
  },
};
