import type { Article } from '../../corpus/types.js';
import type { Passage } from '../../passages/types.js';
import { isOrgWord, lexiconTags } from '../core/lexicon.js';
import type { Rule } from '../core/rules.js';
import { canonicalName, endsWith, groupBy, joinAcronyms, keyOf, kindOf, openingNotCanonical, UnionFind, type Resolved } from './entityParts.js';
import { en } from './locales/en/index.js';
import { GENERATIONAL_SUFFIX, PLACE_TAGS } from './locales/en/words.js';
import { findNameMentionsWith } from './locales/en/mentions.js';
import { aliasInParentheses } from './locales/en/relations/aliasInParentheses.js';
import { entityIdFor, entityOrder } from './entityIds.js';
import { umlautSpelledOut } from './keys.js';
import { familyPlural, partyMembersInArticle } from './pluralNames.js';
import { surnameInArticle } from './surnameInArticle.js';
import { teamInArticle, townOpensTeam } from './teamInArticle.js';
import { shortGivenNameInArticle } from './shortGivenName.js';
import { nameLikeSeenOnce } from './nameLikeSeenOnce.js';
import type { Entity, EntityRole, NameMention } from './types.js';

export { initialsOf } from './entityParts.js';

/**
 * The longest names, among `keys`, that `key` is the end of ("sadr" -> "muktada sadr"),
 * keeping only maximal ones so that "abdul mahdi" and "adil abdul mahdi" count once.
 */
function fullerNames(key: string[], byLastWord: Map<string, string[][]>): string[] {
  const longer = (byLastWord.get(key.at(-1)!) ?? []).filter((k) => (endsWith(k, key) || endsWith(withoutSuffix(k), key)) && !namedFor(k, key));
  const maximal = longer.filter((k) => !longer.some((other) => endsWith(other, k)));
  return [...new Set(maximal.map(keyOf))];
}

export const groupNamedForName: Rule = {
  name: 'group-named-for-name',
  reason:
    'A group named for a person ("Students for Nader", "Iowans for Sanders") ends with the surname but is no fuller form of it; counted, "Nader" alone had two fuller names and joined neither, though Ralph Nader is the one person.',
};

/** Whether the fuller key `k` is a group's named for the name `key`: "for" right before it ("students for nader"). */
function namedFor(k: string[], key: string[]): boolean {
  return k.length > key.length + 1 && k[k.length - key.length - 1] === 'for';
}

/** "Martin Luther King Jr." is keyed by its surname too: a generational suffix ends no one's surname. */
function withoutSuffix(key: string[]): string[] {
  return key.length > 2 && GENERATIONAL_SUFFIX.test(key.at(-1)!) ? key.slice(0, -1) : key;
}

function byLastWord(keys: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const key of keys) {
    for (const last of new Set([key.at(-1)!, withoutSuffix(key).at(-1)!])) {
      const list = map.get(last);
      if (list) list.push(key);
      else map.set(last, [key]);
    }
  }
  return map;
}

/** "Commission", "Interior Ministry": a short form whose last word is an institution word. */
function endsWithInstitutionWord(text: string): boolean {
  const last = text.split(/\s+/).at(-1) ?? '';
  return isOrgWord(last.toLowerCase());
}

function personLike(mentions: NameMention[]): boolean {
  const person = mentions.reduce((n, m) => n + m.person, 0);
  const org = mentions.reduce((n, m) => n + m.org, 0);
  return person >= org;
}

/** The longest person's names of the article that open with the one word `key` ("trayvon" -> "trayvon martin"). */
function namesOpenedBy(key: string[], byKey: Map<string, NameMention[]>): string[] {
  if (key.length !== 1) return [];
  const longer = [...byKey.values()].map((group) => group[0]!.key).filter((k) => k.length > 1 && k[0] === key[0] && personLike(byKey.get(keyOf(k))!));
  return [...new Set(longer.filter((k) => !longer.some((other) => other.length > k.length && k.every((w, i) => other[i] === w))).map(keyOf))];
}

export const firstNameInArticle: Rule = {
  name: 'first-name-in-article',
  reason:
    'In an article, a person\'s first name written alone ("Trayvon", "Lupita") stands for the one fuller person\'s name there that opens with it, when no fuller name ends with it.',
};

export const organizationFirstWordInArticle: Rule = {
  name: 'organization-first-word-in-article',
  reason:
    'In an article, a common word written alone that opens the name of one organisation there ("Amnesty" after "Amnesty International") stands for it, when nothing says the word is a person or a place.',
};

/**
 * "Amnesty": a capitalised word the lexicon knows as a common word, so no place's or person's name of its own
 * ("Valmera" in "the port of Valmera" may be the town the "Valmera Dockers Union" is named for).
 */
function commonWordAlone(text: string): boolean {
  const tags = lexiconTags(text.toLowerCase());
  return tags.length > 0 && !tags.some((tag) => /Name$|^(?:Person|Place|Country|City|Region|ProperNoun|Organization)$/.test(tag));
}

/** The organisations' names of two words or more of the article that open with the one word `key` ("amnesty" -> "amnesty international"). */
function organizationsOpenedBy(key: string[], byKey: Map<string, NameMention[]>): string[] {
  if (key.length !== 1) return [];
  return [...byKey.values()]
    .filter((group) => group[0]!.key.length > 1 && group[0]!.key[0] === key[0] && kindOf(group) === 'organization')
    .map((group) => keyOf(group[0]!.key));
}

/** The name a mention of one article stands for: the one fuller name of the article it ends, when it may. */
function targetInArticle(mention: NameMention, byKey: Map<string, NameMention[]>, keys: Map<string, string[][]>): string {
  const fuller = fullerNames(mention.key, keys);
  const target = keyOf(mention.key);
  const party = partyMembersInArticle.target(mention.text, byKey);
  if (party) return party;
  if (!fuller.length) {
    const opened = namesOpenedBy(mention.key, byKey);
    const alone = byKey.get(target) ?? [];
    // "envoys from Chad" is the place, not Chad Wolf
    if (opened.length === 1 && personLike(alone) && alone.every((m) => m.place === 0)) return opened[0]!;
    if (!opened.length && kindOf(alone) === 'organization') {
      const orgs = [...byKey.values()].filter((group) => kindOf(group) === 'organization').map((group) => group[0]!.key);
      const team = townOpensTeam.target(mention.text, mention.key, orgs);
      if (team) return team;
    }
    const bodies = opened.length || !commonWordAlone(mention.text) ? [] : organizationsOpenedBy(mention.key, byKey);
    return bodies.length === 1 && kindOf(alone) !== 'person' && alone.every((m) => m.place === 0) ? bodies[0]! : target;
  }
  if (fuller.length !== 1) return target;
  const full = byKey.get(fuller[0]!) ?? [];
  if (personLike(full)) return fuller[0]!;
  // "the Commission" after "European Commission": an institution word ending one organisation's name
  if (kindOf(full) === 'organization' && kindOf(byKey.get(target) ?? []) !== 'person' && endsWithInstitutionWord(mention.text)) return fuller[0]!;
  if (teamShortForm.joins(mention, full, byKey.get(target) ?? [])) return fuller[0]!;
  return target;
}

/**
 * `team-short-form-in-article`: "the Chargers", "the Giants", "the Red Sox" after "Los Angeles Chargers", "San Francisco
 * Giants", "Boston Red Sox": a team's name without the place that opens it is the one organisation of its article so
 * named. Left alone, the short form was an entry of its own or none (seen once, of no known kind). "Fighting Irish" (no
 * trailing part of "Notre Dame") and a surname ending a person's name stay as they were.
 */
export const teamShortForm = {
  name: 'team-short-form-in-article',
  reason:
    'Teams and clubs are named by their place and a nickname ("Los Angeles Chargers") and then by the nickname alone ("the Chargers"); the short form ends the full name but no institution word ends it, so it was not joined.',
  joins(mention: NameMention, full: NameMention[], alone: NameMention[]): boolean {
    if (kindOf(full) !== 'organization' || kindOf(alone) === 'person' || alone.some((m) => m.place > 0)) return false;
    const words = full[0]!.text.split(/\s+/);
    const short = mention.text.split(/\s+/).length;
    const place = words
      .slice(0, words.length - short)
      .join(' ')
      .toLowerCase();
    return place.length > 0 && lexiconTags(place).some((tag) => PLACE_TAGS.includes(tag));
  },
};

export const middleInitialInArticle: Rule = {
  name: 'middle-initial-in-article',
  reason:
    'In an article, a person\'s name written without its middle initials ("John Bolton") is the one name there written with them ("John R. Bolton"), when only one is.',
};

/** "john r bolton" -> "john bolton": the key without its one-letter words between the first and the last. */
function withoutInitials(key: string[]): string[] {
  return key.filter((w, i) => i === 0 || i === key.length - 1 || w.length > 1);
}

/**
 * The names of an article written with middle initials, by the key of the same name without them, when that
 * name is written too and one initialled name only reduces to it ("George W. Bush" and "George H. W. Bush"
 * leave "George Bush" alone).
 */
function initialledNames(byKey: Map<string, NameMention[]>): Map<string, string> {
  const byPlain = new Map<string, string[]>();
  for (const [key, group] of byKey) {
    const plain = withoutInitials(group[0]!.key);
    if (plain.length === group[0]!.key.length || plain.length < 2) continue;
    byPlain.set(keyOf(plain), [...(byPlain.get(keyOf(plain)) ?? []), key]);
  }
  const initialled = new Map<string, string>();
  for (const [plain, fuller] of byPlain) {
    const written = byKey.get(plain);
    if (fuller.length === 1 && written && personLike(written) && personLike(byKey.get(fuller[0]!)!)) initialled.set(plain, fuller[0]!);
  }
  return initialled;
}

export const shortFormInArticle: Rule & {
  apply(articles: Article[], mentionsByArticle: Map<string, NameMention[][]>): { resolved: Resolved[]; aliasPairs: Array<[string, string]> };
} = {
  name: 'short-form-in-article',
  reason:
    'In each article, a shorter form ("Sadr", "Mahdi\'s office") stands for the one fuller person\'s name that ends the same way, and an institution word for the one organisation it ends ("the Commission"); a name in parentheses after another is an alias of it.',
  apply(articles, mentionsByArticle) {
    const resolved: Resolved[] = [];
    const aliasPairs: Array<[string, string]> = [];
    for (const article of articles) {
      const perPassage = mentionsByArticle.get(article.id) ?? [];
      const all = perPassage.flat();
      const byKey = groupBy(all, (m) => keyOf(m.key));
      const initialled = initialledNames(byKey);
      for (const [plain, full] of initialled) {
        byKey.get(full)!.push(...byKey.get(plain)!);
        byKey.delete(plain);
      }
      const families = familyPlural.keys(byKey);
      const keys = byLastWord([...byKey.values()].map((group) => group[0]!.key));
      const start = resolved.length;
      for (const mention of all)
        resolved.push({
          mention: families.has(keyOf(mention.key)) ? familyPlural.strip(mention) : mention,
          target: initialled.get(keyOf(mention.key)) ?? targetInArticle(mention, byKey, keys),
        });
      let offset = start;
      for (const passageMentions of perPassage) {
        passageMentions.forEach((m, i) => {
          if (m.alias !== undefined) aliasPairs.push([resolved[offset + i]!.target, resolved[offset + m.alias]!.target]);
        });
        offset += passageMentions.length;
      }
    }
    return { resolved, aliasPairs };
  },
};

export const shortFormInCorpus: Rule & { apply(resolved: Resolved[], uf: UnionFind): void } = {
  name: 'short-form-in-corpus',
  reason: "A short form with no fuller name in its own article joins the one person's name in the corpus that ends with it, when there is exactly one.",
  apply(resolved, uf) {
    const targets = [...new Set(resolved.map((r) => r.target))].map((t) => t.split(' '));
    const targetsByLastWord = byLastWord(targets);
    const byTarget = groupBy(resolved, (r) => r.target);
    const mentionsOf = (key: string) => (byTarget.get(key) ?? []).map((r) => r.mention);
    for (const target of targets) {
      const fuller = fullerNames(target, targetsByLastWord);
      if (fuller.length !== 1) continue;
      const full = fuller[0]!;
      if (personLike(mentionsOf(full)) && personLike(mentionsOf(keyOf(target)))) uf.union(full, keyOf(target), shortFormInCorpus.name);
    }
  },
};

export const acronymInitials: Rule & { apply(resolved: Resolved[], uf: UnionFind): void } = {
  name: 'acronym-initials',
  reason: 'An acronym joins the one organisation whose initials it spells ("EU", "European Union"), or the one named in the same articles when several do.',
  apply: (resolved, uf) => joinAcronyms(resolved, uf, acronymInitials.name),
};

/** Spellings with one transliteration key are one name: what --explain says of a spelling no other rule joined. */
export const sameNameKey: Rule = {
  name: 'same-name-key',
  reason:
    'Spellings that differ only in transliteration, accents or particles ("Moqtada al-Sadr", "Muqtada Sadr") have one name key (keys.ts) and are one name.',
};

/** The rules that join mentions into entities, in order; spellings meet through their transliteration keys (./keys.ts). */
export const ENTITY_RULES = [
  surnameInArticle,
  groupNamedForName,
  sameNameKey,
  umlautSpelledOut,
  openingNotCanonical,
  middleInitialInArticle,
  familyPlural,
  shortFormInArticle,
  teamShortForm,
  teamInArticle,
  townOpensTeam,
  partyMembersInArticle,
  firstNameInArticle,
  organizationFirstWordInArticle,
  shortFormInCorpus,
  acronymInitials,
  shortGivenNameInArticle,
  nameLikeSeenOnce,
];

/** The roles of a group's mentions, once per article and wording. */
function rolesOf(mentions: NameMention[]): EntityRole[] {
  const seenRoles = new Set<string>();
  const roles: EntityRole[] = [];
  for (const m of mentions) {
    m.roles.forEach((text, i) => {
      const id = `${m.articleId}\0${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
      if (seenRoles.has(id)) return;
      seenRoles.add(id);
      const rule = m.roleRules?.[i];
      roles.push({ text, passageId: m.passageId, ...(rule ? { rule } : {}) });
    });
  }
  return roles;
}

/** The rules of the group's mentions, in order, once each. */
function rulesOf(mentions: NameMention[]): string[] {
  return [...new Set(mentions.flatMap((m) => m.rules ?? []))];
}

/**
 * Each spelling other than `name`, with the rules that joined it: standing for a fuller name in its
 * article, then the join of its name to the others (an alias, a short form across the corpus, an
 * acronym), else one name key with `name`'s.
 */
function spellingsOf(group: Resolved[], name: string, uf: UnionFind): Entity['spellings'] {
  const main = group.find((r) => r.mention.text === name)?.target;
  const spellings = new Map<string, string[]>();
  for (const { mention, target } of group) {
    if (mention.text === name || spellings.has(mention.text)) continue;
    const rules: string[] = [];
    if (target !== keyOf(mention.key))
      rules.push(
        partyMembersInArticle.target(mention.text, new Map([[target, group.filter((r) => keyOf(r.mention.key) === target).map((r) => r.mention)]]))
          ? partyMembersInArticle.name
          : keyOf(withoutInitials(target.split(' '))) === keyOf(mention.key)
            ? middleInitialInArticle.name
            : keyOf(withoutSuffix(target.split(' '))).endsWith(keyOf(mention.key)) || target.endsWith(keyOf(mention.key))
              ? shortFormInArticle.name
              : kindOf(group.map((r) => r.mention)) === 'organization'
                ? organizationFirstWordInArticle.name
                : firstNameInArticle.name,
      );
    const joined = target !== main ? uf.joinedBy.get(target) : undefined;
    if (joined) rules.push(joined);
    if (!rules.length) rules.push(sameNameKey.name);
    spellings.set(mention.text, rules);
  }
  return [...spellings].map(([text, rules]) => ({ text, rules }));
}

/** The entity of one group of mentions, or null when it is too weak to list or a place after all. */
function entityOf(group: Resolved[], uf: UnionFind, articleOrder: Map<string, number>, lastWords: ReadonlySet<string>): Entity | null {
  const mentions = group.map((r) => r.mention);
  const passages = new Set(mentions.map((m) => m.passageId));
  const kind = kindOf(mentions);
  const place = mentions.reduce((n, m) => n + m.place, 0);
  if (place > mentions.reduce((n, m) => n + m.person + m.org, 0)) return null;
  const name = canonicalName(mentions);
  // An unknown capitalised word seen once ("Arabic", "Xinhua") is too weak to list as an entity, unless prose writes its words as a name's.
  const keptAsNameLike =
    kind === 'other' &&
    passages.size < 2 &&
    nameLikeSeenOnce.keeps(
      mentions,
      name,
      mentions.some((m) => m.key.length === 1 && lastWords.has(`${m.articleId}\0${m.key[0]!}`)),
    );
  if (kind === 'other' && passages.size < 2 && !keptAsNameLike) return null;
  return {
    id: '',
    name,
    kind,
    aliases: [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name),
    mentions: mentions.map((m) => ({ passageId: m.passageId, start: m.start, end: m.end, text: m.text })),
    roles: rolesOf(mentions),
    articles: [...new Set(mentions.map((m) => m.articleId))].sort((a, b) => articleOrder.get(a)! - articleOrder.get(b)!),
    rules: keptAsNameLike ? [...rulesOf(mentions), nameLikeSeenOnce.name] : rulesOf(mentions),
    spellings: spellingsOf(group, name, uf),
  };
}

/** Most mentioned first; each entity's id from its name, numbered when taken. */
function orderAndName(entities: Entity[]): Entity[] {
  entities.sort(entityOrder);
  const usedIds = new Set<string>();
  for (const e of entities) e.id = entityIdFor(e.name, usedIds);
  return entities;
}

/** Mentions -> entities, by the entity rules in order. */
export function resolveEntities(articles: Article[], mentionsByArticle: Map<string, NameMention[][]>): Entity[] {
  const { resolved, aliasPairs } = shortFormInArticle.apply(articles, mentionsByArticle);
  const uf = new UnionFind();
  for (const [a, b] of aliasPairs) uf.union(a, b, aliasInParentheses.name);
  shortGivenNameInArticle.apply(resolved, uf);
  shortFormInCorpus.apply(resolved, uf);
  acronymInitials.apply(resolved, uf);
  const groups = groupBy(resolved, (r) => uf.find(r.target));
  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const entities: Entity[] = [];
  // the last words of each article's names of two words or more: a one-word name among them there is a short form of one
  const lastWords = new Set(resolved.filter((r) => r.mention.key.length > 1).map((r) => `${r.mention.articleId}\0${r.mention.key.at(-1)!}`));
  for (const group of groups.values()) {
    const entity = entityOf(group, uf, articleOrder, lastWords);
    if (entity) entities.push(entity);
  }
  return orderAndName(entities);
}

/** Every name mentioned in a passage (English), with its roles; in reading order. */
export function findNameMentions(passage: Passage): NameMention[] {
  return findNameMentionsWith(en, passage);
}

/** The names each passage of one article mentions, passage by passage: what one article contributes. */
export function findArticleNameMentions(passages: Passage[]): NameMention[][] {
  return surnameInArticle.apply(passages, passages.map(findNameMentions));
}

/** People and organisations named in the passages, one entity per referent. */
export function annotateEntities(articles: Article[], passages: Passage[]): Entity[] {
  const byArticle = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = byArticle.get(passage.articleId) ?? [];
    list.push(passage);
    byArticle.set(passage.articleId, list);
  }
  return resolveEntities(articles, new Map([...byArticle].map(([id, list]) => [id, findArticleNameMentions(list)])));
}
