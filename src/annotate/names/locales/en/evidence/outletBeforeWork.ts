import { isSpaced } from '../../../../core/tokens.js';
import { OUTLET_WORKS } from '../words.js';
import type { EvidenceRule } from './context.js';

/**
 * `outlet-before-work`: "according to a Reuters report", "a Gallup poll", "a CNN correspondent", "a Daily Maverick
 * investigation": a name right before a lower-case noun of what a news outlet or a pollster makes, or of who works
 * for one, is the outlet: an organisation. A person's name there ("the Mueller report") keeps what else says person.
 */
export const outletBeforeWork: EvidenceRule = {
  name: 'outlet-before-work',
  reason:
    'News agencies and pollsters are named most often before their work ("a Reuters report", "a Gallup poll") or their staff ("a CNN correspondent"); nothing else said organisation, so a name seen once that way was too weak to list.',
  weigh({ tokens, span, last }, tally) {
    const next = tokens[span.to];
    if (!next || next.cap || last.possessive || !isSpaced(next.gap)) return;
    // "Newspaper reports say", "Previous reports": a sentence's first word before "reports" is as often a common word
    if (next.lower === 'reports' && tokens[span.from]!.sentenceStart) return;
    if (OUTLET_WORKS.has(next.lower)) tally.org += 1;
  },
};
