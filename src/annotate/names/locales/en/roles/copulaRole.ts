import type { Rule } from '../../../../core/rules.js';
import { isSpaced } from '../../../../core/tokens.js';
import { lexiconTags } from '../../../../core/lexicon.js';
import { roleHead } from '../predicates.js';
import { isRoleHead } from '../roleHeads/table.js';
import type { NameToken, Span } from '../tokens.js';
import { CLAUSE_OPENERS, ROLE_ARTICLE_WORD, ROLE_NAMING_VERBS } from '../words.js';
import { headPhrase } from './appositiveHead.js';
import { pastCopula } from './relativeRole.js';

/**
 * A role's head noun as prose uses one: seen in a role's places in large text (the role-head table: "spokesman",
 * "organizer", "mother") or a title the lexicon files as an honorific ("president", "senator"); a person's noun of the lexicon will not do
 * ("hero", "genius", "man").
 */
export function namesRole(phrase: string): boolean {
  const head = roleHead(phrase);
  return !!head && (isRoleHead(head) || lexiconTags(head).includes('Honorific'));
}

export const copulaRole: Rule & { read(text: string, tokens: NameToken[], span: Span): string | null } = {
  name: 'copula-role',
  reason:
    'A name that opens its clause and is then said to be something ("Abu Amer is the head of the Palestinian Dialogue Group", "Mountbatten was the last British governor-general of India", "said Leigh Sears who is the concessions manager", "Sinwar has been named the head of …") holds that role; read only after an article, and only when the phrase\'s head noun names a person\'s office, job or relation (the role-head table counted on large prose, a person\'s noun, a title), so "Smith is a good idea" or "Jones was the first to arrive" give none.',
  read(text, tokens, span) {
    if (tokens[span.to - 1]!.possessive) return null;
    let k = span.to;
    const who = tokens[k];
    // "said Leigh Sears who is …": a relative clause with no comma (the comma's is `relative-clause-role`'s)
    const relative = who?.lower === 'who' && isSpaced(who.gap);
    if (relative) k++;
    else if (!opensClause(tokens, span)) return null;
    const past = pastCopula(tokens, k);
    if (past === null) return null;
    k = past;
    // "has been named the head of …", "was appointed as the director": a verb of naming to an office after the copula
    if (ROLE_NAMING_VERBS.has(tokens[k]?.lower ?? '') && isSpaced(tokens[k]!.gap)) k += tokens[k + 1]?.lower === 'as' ? 2 : 1;
    const article = tokens[k];
    if (!article || !isSpaced(article.gap) || article.cap || !ROLE_ARTICLE_WORD.test(article.text)) return null;
    const role = headPhrase(text, tokens, k);
    return role && namesRole(role) ? role : null;
  },
};

/** The name is its clause's subject: the sentence's first words, or right after a comma, a quote or a clause's opener ("that", "and"). */
function opensClause(tokens: NameToken[], span: Span): boolean {
  const first = tokens[span.from]!;
  const before = tokens[span.from - 1];
  return first.sentenceStart || !before || /[,;:"“”]/.test(first.gap) || CLAUSE_OPENERS.has(before.lower);
}
