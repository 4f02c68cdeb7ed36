import type { Token } from '../../../../../core/tokens.js';
import { OF_DETERMINERS, PART_TURNOUT } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { countedPeople } from '../people.js';

const TURNOUT_AFTER_WHOLE = new RegExp(PART_TURNOUT, 'i');

/** The token of the whole's count after "of": "of the 500,000", "of Brazil's 700,000", "of Brazil ' s 700,000"; else -1. */
function wholeCountAfterOf(tokens: Token[], of: number): number {
  let k = of + 1;
  const t = tokens[k];
  if (!t) return -1;
  if (OF_DETERMINERS.has(t.lower) || (t.kind === 'word' && /['’]s$/.test(t.text))) k++;
  else if (t.kind === 'word' && (tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === '’')) k += tokens[k + 2]?.lower === 's' ? 3 : 2;
  return /^\d[\d,]*$/.test(tokens[k]?.text ?? '') ? k : -1;
}

export const partTurnedOut: FigureRule = {
  name: 'part-turned-out',
  reason:
    'A part counted out of a counted whole is the turnout when the strike or the protest is told right after the whole ("about 500,000 of Brazil\'s 700,000 bankworkers were on strike", "With 285 of the 4,000-strong workforce on strike", "about 300,000 of the 500,000 small farmers in Rio Grande do Sul took part in yesterday\'s protests"): the wire sizes a strike by the share of a trade that stopped; the whole stays a workforce (`part-of-whole`, asked after), and a part that turned up at work or a meeting stays a part ("only eight of the 48 workers she needed showed up").',
  judge: ({ sentence: { tokens, text, quantities }, q }) => {
    if (q.vague || tokens[q.resume]?.lower !== 'of') return undefined;
    const count = wholeCountAfterOf(tokens, q.resume);
    if (count < 0) return undefined;
    const whole = quantities.find((w) => w.first === count);
    if (!whole) return undefined;
    let noun = countedPeople(tokens, whole);
    if (noun === null) return undefined;
    // "the 4,000-strong workforce": the noun after "strong"
    if (tokens[noun]!.lower === 'strong' && tokens[noun + 1]?.kind === 'word') noun++;
    return TURNOUT_AFTER_WHOLE.test(text.slice(tokens[noun]!.end)) ? { counted: tokens[noun]!.text } : undefined;
  },
};
