import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { ATTENDANCE_LABEL_REACH, ATTENDANCE_LABELS, DETERMINERS, SENTENCE_CLOSERS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { isVerbWord } from '../grammar.js';

/**
 * The label word of a line "Label: N" that opens its sentence and names attendance ("Attendance: 12,836",
 * "Estimated attendance over two days: 45,000"), its token; else null. A label is written as a table writes it:
 * its word first or after one describing word, no article before it ("The crowd had one demand: …"), no verb
 * in it.
 */
function attendanceLabel(tokens: Token[], q: Quantity): number | null {
  if (tokens[q.first - 1]?.text !== ':') return null;
  let label: number | null = null;
  let words = 0;
  for (let k = q.first - 2; k >= -1; k--) {
    const t = tokens[k];
    // the line opens the passage or follows a sentence's end; its first word is a capital
    if (!t || (t.kind === 'punct' && SENTENCE_CLOSERS.has(t.text))) {
      const first = tokens[k + 1]!;
      if (label === null || label - (k + 1) > 1 || !/^\p{Lu}/u.test(first.text) || DETERMINERS.has(first.lower)) return null;
      for (let m = label + 1; m < q.first - 1; m++) if (isVerbWord(tokens, m)) return null;
      return label;
    }
    if (t.kind === 'punct' || ++words > ATTENDANCE_LABEL_REACH) return null;
    if (t.kind === 'word' && ATTENDANCE_LABELS.has(t.lower)) label = k;
  }
  return null;
}

export const attendanceLine: FigureRule = {
  name: 'attendance-line',
  reason:
    'A figure after a line\'s label of attendance and a colon, as tables, captions and box scores give a game\'s, a concert\'s or a speech\'s crowd ("Attendance: 12,836", "Estimated attendance over two days: 45,000", "Turnout: 3,000"), is that gathering\'s size; a venue\'s size is none ("Capacity: 75,000").',
  judge: ({ sentence: { tokens }, q }) => {
    const label = attendanceLabel(tokens, q);
    return label === null ? undefined : { counted: tokens[label]!.text };
  },
};
