import type { Entity } from '../annotate/names/types.js';
import { NAME_RULES } from '../annotate/names/index.js';
import { explainRules, lowerFirst, type Explanation, type TextBuilder } from './explanation.js';

/** One person or organisation as --explain tells of it. */
export type EntityInstance = Pick<Entity, 'name' | 'kind' | 'rules' | 'spellings' | 'roles'>;

const name = (e: EntityInstance) => `'${e.name}'`;

/** The sentence of each name rule that has one of its own about the whole name; the others say their reason. */
export const NAME_TEXTS: Record<string, TextBuilder<EntityInstance>> = {
  'capitalised-run': (e) => `${name(e)} is a run of capitalised words that no span refiner dropped`,
  'institution-in-title': (e) => `${name(e)} opens someone's title ("${e.name} President …"): the institution is named too`,
  'role-before-name': (e) => `the words right before ${name(e)} are a role it is given, not a name of their own`,
  'role-words': (e) =>
    `a role given to ${name(e)} says what it is: ${e.kind === 'other' ? 'neither person nor organisation for sure' : `a ${e.kind === 'organization' ? 'organisation' : 'person'}`}`,
  speaks: (e) =>
    `${name(e)} speaks ("${e.name} said"): ${e.kind === 'organization' ? 'an organisation, its words being common ones or "the" before it' : 'a person'}`,
  acronym: (e) => `${name(e)} is written as an acronym: an organisation, never a person's initials`,
  'member-of': (e) => `${name(e)} is said to belong to another ("… of the …"): kept as its role, and a person`,
  'alias-in-parentheses': (e) => `a name in parentheses right after ${name(e)} is another name of it`,
};

/** What joined a spelling to the name, by the rule that did. */
const SPELLING_TEXTS: Record<string, (spelling: string, e: EntityInstance) => string> = {
  'same-name-key': (s, e) => `'${s}' is ${name(e)} written another way: the two have one name key (transliteration, accents and particles set aside)`,
  'middle-initial-in-article': (s, e) => `'${s}', in its article, is the one name there written the same with middle initials, and so ${name(e)}`,
  'organization-first-word-in-article': (s, e) =>
    `'${s}', in its article, is the first word of the one organisation's name there opening with it, and so ${name(e)}`,
  'short-form-in-article': (s, e) => `'${s}', in its article, is the shorter form of the one fuller name there ending the same way, and so ${name(e)}`,
  'short-form-in-corpus': (s, e) => `'${s}' has no fuller name in its own article: it joins the one person's name in the articles ending with it, ${name(e)}`,
  'acronym-initials': (s, e) => `'${s}' and ${name(e)} are an acronym and the one organisation's name whose initials it spells`,
  'alias-in-parentheses': (s, e) => `'${s}' is written in parentheses right after another of ${name(e)}'s names: another name of it`,
};

/** Where a role was read, by the rule that read it. */
const ROLE_TEXTS: Record<string, (role: string, e: EntityInstance) => string> = {
  'role-words': (r, e) => `'${r}' is a role the words around ${name(e)} give it (a title, a description, an appositive)`,
  'role-in-parentheses': (r, e) => `'${r}' is written in parentheses after ${name(e)}: its role`,
  'member-of': (r, e) => `'${r}' after ${name(e)} says whom it belongs to: kept as its role`,
};

const viaRule = (texts: Record<string, (what: string, e: EntityInstance) => string>, rule: string, what: string, e: EntityInstance): Explanation[] => {
  const known = NAME_RULES.get(rule);
  if (!known) return [];
  return [{ rule, text: Object.hasOwn(texts, rule) ? texts[rule]!(what, e) : `'${what}' of ${name(e)}: ${lowerFirst(known.reason)}` }];
};

/** How a name was found and weighed, each of its spellings joined, and each role read, in words. */
export function explainEntity(e: EntityInstance): Explanation[] {
  return [
    ...explainRules(NAME_RULES, e.rules ?? [], e, name(e), NAME_TEXTS),
    ...(e.spellings ?? []).flatMap((s) => s.rules.flatMap((rule) => viaRule(SPELLING_TEXTS, rule, s.text, e))),
    ...e.roles.flatMap((r) => (r.rule ? viaRule(ROLE_TEXTS, r.rule, r.text, e) : [])),
  ];
}
