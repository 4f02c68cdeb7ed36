import type { Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';
import {
  ATTRIBUTION_VERBS,
  BE_VERBS,
  CASUALTY_WORDS,
  CONJECTURE_MODALS,
  CLAUSE_WORDS,
  COMPARISON_WORDS,
  FORECAST_VERBS,
  GATHERING_VERBS,
  INTENT_VERBS,
  NARRATIVE_ADVERBS,
  PENDING_WORDS,
  SETTING_OUT_VERBS,
} from '../words.js';
import { isModal } from './grammar.js';
import type { Figure } from './figureTypes.js';
import type { Rule } from '../../../../core/rules.js';

/** A modal at token k that guesses at the past ("may have played") or goes on with a narrative ("would later swell"): no forecast. */
function noForecastModal(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  return NARRATIVE_ADVERBS.has(next) || (next === 'have' && CONJECTURE_MODALS.has(tokens[k]!.lower));
}

/** Words a forecast's verb phrase may span before reaching the figure: "are expected to draw a crowd of 50,000". */
const FORECAST_REACH = 6;

/**
 * The token that makes a figure a forecast when it comes before it: "organisers expected 50,000",
 * "hope to draw 50,000", "is set to bring 50,000", "could draw 50,000". Not "more than expected", and
 * not across a speech verb ("police who expected trouble said 8,000 came").
 */
export function forecastBefore(tokens: Token[], q: Quantity): number | null {
  let words = 0;
  for (let k = q.first - 1; k >= 0 && words < FORECAST_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      return null;
    }
    words++;
    if (FORECAST_VERBS.has(t.lower)) return COMPARISON_WORDS.has(tokens[k - 1]?.lower ?? '') ? null : k;
    if (t.lower === 'to') {
      const verb = tokens[k - 1];
      if (verb && (INTENT_VERBS.has(verb.lower) || FORECAST_VERBS.has(verb.lower))) return k - 1;
      if (verb && PENDING_WORDS.has(verb.lower) && BE_VERBS.has(tokens[k - 2]?.lower ?? '')) return k - 1;
      // "the committee set out to bring 2,000 members to the convention"
      if (verb?.lower === 'out' && SETTING_OUT_VERBS.has(tokens[k - 2]?.lower ?? '')) return k - 2;
    }
    if (isModal(t)) return noForecastModal(tokens, k) ? null : k;
    if (CLAUSE_WORDS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || CASUALTY_WORDS.has(t.lower)) return null;
  }
  return null;
}

/** The token that makes a figure a forecast when it follows it: "50,000 are expected", "10,000 will march", "5,000 plan to strike". */
export function forecastAfter(tokens: Token[], q: Quantity): number | null {
  let words = 0;
  for (let k = q.resume; k < tokens.length && words < FORECAST_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      return null;
    }
    words++;
    if (isModal(t)) return noForecastModal(tokens, k) ? null : k;
    if (BE_VERBS.has(t.lower)) {
      const next = tokens[k + 1]?.lower ?? '';
      if (FORECAST_VERBS.has(next) || (PENDING_WORDS.has(next) && tokens[k + 2]?.lower === 'to')) return k + 1;
      return null;
    }
    if (INTENT_VERBS.has(t.lower) && tokens[k + 1]?.lower === 'to') return k;
    if (CLAUSE_WORDS.has(t.lower) || GATHERING_VERBS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || CASUALTY_WORDS.has(t.lower)) return null;
  }
  return null;
}

/** Whether a kept figure is a forecast: someone expects it, before or after it. */
export const forecast: Rule & { isForecast(figure: Figure): boolean } = {
  name: 'forecast',
  reason: 'A figure someone expects ("organisers expected 50,000", "50,000 are expected", "could draw 50,000") is a forecast, shown apart from the counts.',
  isForecast: (figure) => (figure.forecastBefore ?? forecastAfter(figure.sentence.tokens, figure.closer)) !== null,
};
