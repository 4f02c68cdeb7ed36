import { isSpaced } from '../../../../core/tokens.js';
import { BASED_SUFFIX } from '../words.js';
import type { EvidenceRule } from './context.js';

export const basedBeforeName: EvidenceRule = {
  name: 'based-before-name',
  reason:
    'A place written with "-based" right before a name ("Cologne, Germany-based MMC Studios", "Seattle-based Boeing", "Framingham-based TJX Cos.") says where a company or a body sits: the name is an organisation\'s. A name of unknown words seen once so was left out as of no known kind. A person noun between them makes the place the person\'s ("the London-based artist John Smith"), and a person\'s name right after it (a first name, a title) keeps its own evidence, weighed more; a verb of speech after the name ("MMC Studios said") is weighed less.',
  weigh({ tokens, span, before }, tally) {
    if (!before || before.cap || !BASED_SUFFIX.test(before.lower) || !isSpaced(tokens[span.from]!.gap) || span.nameFrom > span.from) return;
    tally.org += tally.person >= 2 ? 1 : 2;
  },
};
