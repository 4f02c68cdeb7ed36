import type { Rule } from '../../../../core/rules.js';
import { isSpaced } from '../../../../core/tokens.js';
import { isTitle } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { APPOSITIVE_MAX, APPOSITIVE_TITLE_ACRONYMS } from '../words.js';

/** Words that make a capitalised run a clause or a heading, no title: "Who Killed Her Daughter". */
const RUN_STOP_TAGS = ['Pronoun', 'QuestionWord', 'Determiner', 'Verb', 'Conjunction'];

/** A title of the appositive's capitalised run: a title word ("Manager", "Director") or an officer's acronym ("CTO"). */
const titleWord = (t: NameToken) => isTitle(t) || APPOSITIVE_TITLE_ACRONYMS.has(t.lower);

/**
 * `title-appositive`: "said Craig Tullett, Group Manager, Zune Canada", "said Andreas Baumhof, CTO of online fraud protection
 * company TrustDefender", "Jane Roe, Vice President of Marketing, said": an appositive in capitals, as press releases and
 * business news write an officer's title after the name. The appositive reader wants a lower-case noun after the comma
 * ("X, head of Y"), so the title was no role. Read where the capitalised run opening the appositive ends in a title and no
 * given name is in it ("John Smith, President Bush said" names a second person).
 */
export const titleAppositive: Rule & { after(text: string, tokens: NameToken[], span: Span): string | null } = {
  name: 'title-appositive',
  reason:
    'An officer\'s title written in capitals after a name\'s comma ("Craig Tullett, Group Manager, Zune Canada", "Andreas Baumhof, CTO of … TrustDefender") is the person\'s role; the appositive reader took only lower-case nouns, so the role was lost.',
  after(text, tokens, span) {
    const from = span.to;
    const first = tokens[from];
    if (!first || !/^,\s+$/.test(first.gap) || !first.cap) return null;
    // the name is a person's: a given name opens it, or a title stands before it ("Forensics, Medical Legal Specialist" is a list)
    if (span.nameFrom === span.from && !has(tokens[span.nameFrom]!, 'FirstName', 'MaleName', 'FemaleName')) return null;
    // the capitalised run opening the appositive, ending in a title
    let end = from;
    while (end + 1 < tokens.length && tokens[end + 1]!.cap && isSpaced(tokens[end + 1]!.gap)) end++;
    const run = tokens.slice(from, end + 1);
    if (
      !titleWord(run.at(-1)!) ||
      run.some((t) => t.possessive || has(t, 'FirstName', 'MaleName', 'FemaleName', 'Person', 'Place', 'Country', 'City', ...RUN_STOP_TAGS))
    )
      return null;
    // after the title, only a preposition goes on ("CTO of …", "Chief Economist at the Halifax"): "Souljah Boy and Young Thug" is a list
    const next = tokens[end + 1];
    if (next && isSpaced(next.gap) && !/,/.test(next.gap) && !has(next, 'Preposition')) return null;
    // the role runs on to the next comma or the sentence's end ("CTO of online fraud protection company TrustDefender")
    let last = end;
    for (let k = end + 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (/,/.test(t.gap) || !isSpaced(t.gap)) break;
      last = k;
    }
    if (last - from + 1 > APPOSITIVE_MAX) last = end;
    if (!/^\s*(?:,|[.!?]?["”]?\s*$)/.test(text.slice(tokens[last]!.end))) return null;
    return text.slice(first.start, tokens[last]!.end);
  },
};
