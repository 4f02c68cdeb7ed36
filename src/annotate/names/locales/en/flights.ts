import { isSpaced } from '../../../core/tokens.js';
import type { EvidenceRule } from './evidence/context.js';
import type { SpanRefiner } from './refiners/context.js';
import type { NameToken } from './tokens.js';
import { FLIGHT_CODE, FLIGHT_WORD } from './words.js';

/** "AirAsia Flight QZ8501", "Malaysia Airlines Flight 370": a flight is named by its airline and its number. */

/** Whether the tokens from `k` are "Flight" and a flight's number or code. */
const flightAt = (tokens: readonly NameToken[], k: number): boolean => {
  const word = tokens[k];
  const code = tokens[k + 1];
  return !!word && !!code && word.cap && word.lower === FLIGHT_WORD && isSpaced(code.gap) && FLIGHT_CODE.test(code.text);
};

const REASON =
  'A flight is written as its airline\'s name, "Flight" and its number ("AirAsia Flight QZ8501", "Malaysia Airlines Flight 370"): the airline is an organisation named on its own, and the flight is no person or organisation.';

/** Ends a run before "Flight" and its number: "Malaysia Airlines" is the airline. */
export const flightNumber = {
  name: 'flight-number',
  reason: REASON,
  cuts: (tokens: readonly NameToken[], to: number) => flightAt(tokens, to),
};

/** "Flight QZ8501" alone names no one. */
export const flightNumberRefiner: SpanRefiner = {
  name: 'flight-number-no-name',
  reason: REASON,
  judge: ({ tokens, span }) => (flightAt(tokens, span.from) ? 'drop' : undefined),
};

/** The name right before "Flight" and its number is the airline's. */
export const airlineBeforeFlight: EvidenceRule = {
  name: 'airline-before-flight',
  reason: REASON,
  weigh({ tokens, span }, tally) {
    if (!flightAt(tokens, span.to) || tokens[span.to - 1]!.possessive) return;
    tally.place = 0;
    tally.org += tally.person + 2;
    tally.person = 0;
  },
};
