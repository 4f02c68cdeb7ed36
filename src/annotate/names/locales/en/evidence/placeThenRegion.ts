import { PLACE_TAGS, STATE_ABBREVIATIONS } from '../words.js';
import { hasAny, type NameToken } from '../tokens.js';
import type { EvidenceRule } from './context.js';

export const placeThenRegion: EvidenceRule = {
  name: 'place-then-region',
  reason:
    'A name followed by a comma and the state, region or country it lies in ("Ferguson, Mo.", "Jackson, Mississippi") is a town; a person\'s name is not written so ("Smith, a lawyer").',
  weigh({ text, after, tokens, span, name, before }, tally) {
    // the state itself: "Mo." after "Ferguson,"
    const state = name.length === 1 && isStateAbbreviation(text, name[0]!);
    if (state && before?.cap && /^,\s+$/.test(name[0]!.gap)) tally.place += 2;
    if (!after || !/^,\s+$/.test(after.gap) || !after.cap) return;
    const next = tokens[span.to + 1];
    // "Ferguson, Missouri," not "Ferguson, Missouri Governor …"
    if (next && /^ +$/.test(next.gap) && next.cap) return;
    if (!isStateAbbreviation(text, after) && !hasAny(after, PLACE_TAGS)) return;
    tally.place += 2;
    // "Madison, Wis., drew": a state set off by punctuation after one word says town over a first name's evidence
    if (name.length === 1 && /^[.]?(?:,|--|—|\s*$)/.test(text.slice(after.end))) tally.place += tally.person;
  },
};

/** "Mo.", "N.Y.": a state's abbreviation with its dot. */
function isStateAbbreviation(text: string, t: NameToken): boolean {
  return STATE_ABBREVIATIONS.has(t.text.replace(/\.$/, '')) && (t.text.endsWith('.') || text[t.end] === '.');
}
