import type { Rule } from '../../../../core/rules.js';
import { isOrgHead, isTitle } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { hyphenatedPersonNoun } from './roleNounForms.js';
import { rankInRole } from './roleJoiners.js';
import { COURTESY_TITLE, ORG_DESCRIPTORS, PERSON_ADJECTIVES, ROLE_QUANTIFIERS } from '../words.js';

/** A role read before a name: tokens [from, to) (./roleBefore.ts). */
export interface PreRole {
  from: number;
  to: number;
}

/** Says of a role read before a name: keep it (null), keep a part of it (a narrower range), or drop it ('drop'). */
export interface RoleCheck extends Rule {
  check(tokens: NameToken[], span: Span, role: PreRole): PreRole | 'drop' | null;
}

/** A check that has its say only where the name opens its span: a title written before it (`nameFrom` past `from`) settles the role. */
function untitledNameCheck(rule: RoleCheck): RoleCheck {
  return { ...rule, check: (tokens, span, role) => (span.nameFrom > span.from ? null : rule.check(tokens, span, role)) };
}

const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u;

export const courtesyTitleOpensRole: RoleCheck = {
  name: 'courtesy-title-opens-role',
  reason:
    'A courtesy title ("Mr.", "Ms") opens what is said of the name, so the words before it are the sentence\'s, not a role ("would later show Mr. Rahami").',
  check: (tokens, span, role) => (span.nameFrom > span.from && COURTESY_TITLE.test(tokens[span.from]!.text) && role.from < span.from ? 'drop' : null),
};

export const roleQuantifier: RoleCheck = {
  name: 'role-quantifier',
  reason: 'A quantifier ("many", "few", "several") counts the people the words are about, so it opens no role ("many furtive Trump supporters").',
  check(tokens, _span, role) {
    let from = role.from;
    while (from < role.to && ROLE_QUANTIFIERS.has(tokens[from]!.lower)) from++;
    if (from === role.from) return null;
    return from === role.to ? 'drop' : { from, to: role.to };
  },
};

export const adjectiveRoleHead = untitledNameCheck({
  name: 'adjective-role-head',
  reason:
    'A role ends in a noun; an adjective ends one only when it names a person too ("Iranian general", "transportation expert"), not "furtive" in "furtive Trump supporters" or "under" in "anticipated under Trump".',
  check(tokens, _span, role) {
    const last = tokens[role.to - 1]!;
    // (a rank's figure ends one too: "world No. 1", "world number one": `rank-in-role`)
    return has(last, 'Noun', 'Plural') ||
      isTitle(last) ||
      PERSON_ADJECTIVES.has(last.lower) ||
      hyphenatedPersonNoun.holds(last) ||
      rankInRole.holds(tokens, role.to - 1)
      ? null
      : 'drop';
  },
});

export const organizationRoleDescriptor = untitledNameCheck({
  name: 'organization-role-descriptor',
  reason:
    'Before an organisation\'s name (an institution word ending it, or an acronym) the words are its role only when they end in an organisation\'s descriptor ("activist group"), not the sentence\'s subject and verb ("Two donors tell ABC News").',
  check: (tokens, span, role) => (namesOrganization(tokens, span) && !ORG_DESCRIPTORS.has(tokens[role.to - 1]!.lower) ? 'drop' : null),
});

/** The name ends in an institution word ("… Council"), or is one acronym ("ABC"). */
function namesOrganization(tokens: NameToken[], span: Span): boolean {
  const head = tokens[span.to - 1]!;
  return isOrgHead(head) || (span.to - span.nameFrom === 1 && ACRONYM.test(head.text));
}

/** The checks of a role read before a name, in order: each reads the role the one before left. */
export const ROLE_CHECKS: readonly RoleCheck[] = [courtesyTitleOpensRole, roleQuantifier, adjectiveRoleHead, organizationRoleDescriptor];

/** The role left when every check has had its say, or null. */
export function checkedRole(checks: readonly RoleCheck[], tokens: NameToken[], span: Span, role: PreRole | null): PreRole | null {
  let kept = role;
  for (const rule of checks) {
    if (!kept) return null;
    const verdict = rule.check(tokens, span, kept);
    if (verdict === 'drop') return null;
    if (verdict) kept = verdict;
  }
  return kept;
}
