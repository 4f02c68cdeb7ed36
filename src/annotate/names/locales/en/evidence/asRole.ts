import { isSpaced } from '../../../../core/tokens.js';
import { isTitle } from '../predicates.js';
import { has } from '../tokens.js';
import { APPOSITIVE_MAX } from '../words.js';
import type { EvidenceRule } from './context.js';
import { addRole } from './roleWords.js';

/** Words that go on a title's phrase after "as": "Congress President", "secretary of state", "the party's leader". */
const ROLE_SMALL_WORDS = /^(?:of|for|the|a|an)$/i;

export const asRole: EvidenceRule = {
  name: 'as-role',
  reason:
    'A name followed by "as" and a phrase ending in a title ("Jawaharlal Nehru as Congress President gave the call", "Biden as vice president") holds that office; with no role read, the person was left of no known kind; "such as", "as well as" and a phrase ending in no title ("Obama as a candidate") give none.',
  weigh({ text, tokens, span }, tally) {
    const as = tokens[span.to];
    if (!as || as.text !== 'as' || !isSpaced(as.gap) || tokens[span.to - 1]!.possessive) return;
    let last = -1;
    for (let k = span.to + 1; k < tokens.length && k - span.to <= APPOSITIVE_MAX; k++) {
      const t = tokens[k]!;
      if (!isSpaced(t.gap) || t.possessive) break;
      if (isTitle(t)) last = k;
      else if (!(ROLE_SMALL_WORDS.test(t.text) || (t.cap && !has(t, 'Person', 'FirstName')) || has(t, 'Adjective'))) break;
    }
    // the title ends the phrase: "as Congress President gave", not "as President Obama" (another name after it)
    const next = tokens[last + 1];
    if (last < 0 || (next && next.cap && isSpaced(next.gap))) return;
    addRole(text.slice(tokens[span.to + 1]!.start, tokens[last]!.end), tally);
  },
};
