import { isSpaced } from '../../../../core/tokens.js';
import { BASED_SUFFIX } from '../words.js';
import type { EvidenceRule } from './context.js';

export const basedBeforeName: EvidenceRule = {
  name: 'based-before-name',
  reason:
    'A place written with "-based" right before a name ("Cologne, Germany-based MMC Studios", "Seattle-based Boeing", "Framingham-based TJX Cos.") says where a company or a body sits, so the name is an organisation\'s even seen once with nothing else saying so, weighed less against a person\'s first name or title right after it and more against a verb of speech ("MMC Studios said"), while a person noun between them makes the place the person\'s ("the London-based artist John Smith").',
  weigh({ tokens, span, before }, tally) {
    if (!before || before.cap || !BASED_SUFFIX.test(before.lower) || !isSpaced(tokens[span.from]!.gap) || span.nameFrom > span.from) return;
    tally.org += tally.person >= 2 ? 1 : 2;
  },
};
