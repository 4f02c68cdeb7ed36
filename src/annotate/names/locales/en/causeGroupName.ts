import { isSpaced } from '../../../core/tokens.js';
import { isCommonWord, isOrgHead } from './predicates.js';
import { knownWord, lexiconTags } from '../../../core/lexicon.js';
import { has, type NameToken } from './tokens.js';
import { CAUSE_ARTICLES, CAUSE_GROUP_OPENERS, CAUSE_JOINERS, PEOPLE_PLURAL_ENDING, PLACE_TAGS } from './words.js';

/**
 * "United for Peace and Justice": one common word after "and" goes on the cause, not a name ("Iowans for Peace and Smith")
 * or a body's word ("… and Justice Department officials").
 */
function causeAfterAnd(tokens: NameToken[], end: number): number {
  const word = tokens[end + 1];
  const after = tokens[end + 2];
  if (tokens[end]?.text !== 'and' || !word?.cap || !word.nameLike || !isSpaced(word.gap) || word.possessive || !isCommonWord(word)) return end;
  return after?.cap && isSpaced(after.gap) ? end : end + 2;
}

/** "United for Peace and Justice", "United for a Fair Economy": a word that opens a group's name right before its joiner. */
const groupOpener = (tokens: NameToken[], from: number, joinerAt: number) => joinerAt === from + 1 && CAUSE_GROUP_OPENERS.has(tokens[from]!.text);

function membersPlural(t: NameToken): boolean {
  return t.cap && !t.possessive && /[^su]s$/.test(t.lower) && !has(t, 'FirstName', 'LastName', 'Person', ...PLACE_TAGS);
}

/**
 * "Iowans for Peace", "Members for Reform", "Murder Victims Families for Reconciliation", "New York Lawyers Against the
 * Death Penalty": a group named by its members' plural, "for" or "Against", and its cause.
 */
export const causeGroupName = {
  name: 'cause-group-name',
  reason:
    'Many groups are named by their members and their cause: a capitalised plural, "for" or a capitalised "Against", and capitalised words ("Iowans for Peace", "Students for Nader", "Lawyers Against the Death Penalty"); cut at the joiner, the name gave a plural no one is ("Members") and a cause ("Peace", "Reform"); a place or a body after the joiner ("Democrats for Congress", "Texans for Iowa") is no cause.',
  /** The end of the run [from, to) taken on past a cause joiner, or 0 when none follows its plural. */
  end(tokens: NameToken[], from: number, to: number): number {
    // "Against" is capitalised, so the run may already hold it: "New York Lawyers Against" before "the Death Penalty"
    const joinerAt = CAUSE_JOINERS.has(tokens[to - 1]!.text) && tokens[to - 1]!.cap ? to - 1 : to;
    const joiner = tokens[joinerAt];
    if (joinerAt - 1 < from || !joiner || !CAUSE_JOINERS.has(joiner.text) || joiner.sentenceStart || !isSpaced(joiner.gap)) return 0;
    // the members' plural ends the words before the joiner or opens them ("Students Together for Immigrants Rights")
    if (!membersPlural(tokens[joinerAt - 1]!) && !membersPlural(tokens[from]!) && !groupOpener(tokens, from, joinerAt)) return 0;
    let k = joinerAt + 1;
    if (CAUSE_ARTICLES.has(tokens[k]?.text ?? '')) k++;
    let end = k;
    while (end < tokens.length && tokens[end]!.nameLike && tokens[end]!.cap && isSpaced(tokens[end]!.gap) && !tokens[end - 1]!.possessive) end++;
    // a body after the joiner ("Democrats for Congress") is no cause; a cause of words may end in one ("Students for a Democratic Society")
    if (end === k || has(tokens[k]!, ...PLACE_TAGS) || (end === k + 1 && isOrgHead(tokens[k]!))) return 0;
    // a person after the joiner ("Representatives for Ms. Haley", "Students for John Smith") is no cause
    if (tokens.slice(k, end).some((t) => has(t, 'FirstName', 'MaleName', 'FemaleName', 'Honorific') || lexiconTags(t.lower).includes('Honorific'))) return 0;
    return causeAfterAnd(tokens, end);
  },
  /**
   * "Veterans for Peace has …": a plural opening a sentence opens a group's name only when it names people ("Veterans",
   * "Citizens", "Physicians") and its cause is of common words; "Lawyers for Diallo said", "Apologists for the Clinton
   * boom", "Excuses for Bush's war" describe, they name no group.
   */
  opensSentence(tokens: NameToken[], i: number): boolean {
    const plural = tokens[i]!;
    if (!has(plural, 'Actor') && !PEOPLE_PLURAL_ENDING.test(plural.lower)) return false;
    const end = causeGroupName.end(tokens, i, i + 1);
    return end > 0 && tokens.slice(i + 2, end).every((t) => CAUSE_ARTICLES.has(t.text) || t.lower === 'and' || (isCommonWord(t) && knownWord(t.lower)));
  },
  /** Whether the run [from, to) holds a members' plural and a cause joiner with capitalised words after it. */
  within(tokens: NameToken[], from: number, to: number): boolean {
    for (let k = from + 1; k < to - 1; k++)
      if (
        CAUSE_JOINERS.has(tokens[k]!.text) &&
        (membersPlural(tokens[k - 1]!) || membersPlural(tokens[from]!) || groupOpener(tokens, from, k)) &&
        tokens[to - 1]!.cap
      )
        return true;
    return false;
  },
  /** A name holding a cause joiner after a plural is a group's. */
  weigh({ name }: { name: NameToken[] }, tally: { org: number; person: number }) {
    if (!causeGroupName.within(name, 0, name.length)) return;
    tally.org += tally.person + 1;
    tally.person = 0;
  },
};
