import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { findNameMentions, type NameMention } from './nameSpans.js';
import { isOrgWord } from './core/lexicon.js';

export type EntityKind = 'person' | 'organization' | 'other';

/** Where a name occurs: `text` is exactly the article file's text between `start` and `end`. */
export interface EntityMention {
  passageId: string;
  start: number;
  end: number;
  text: string;
}

/** A role an article gives the entity ("Iranian general"), with the passage that says so. */
export interface EntityRole {
  text: string;
  passageId: string;
}

/** One real-world person or organisation, under every spelling the articles use. */
export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Other spellings and partial names seen, as written. */
  aliases: string[];
  /** In corpus order, reading order within an article. */
  mentions: EntityMention[];
  roles: EntityRole[];
  /** Ids of the articles that mention it, in corpus order. */
  articles: string[];
}

const keyOf = (words: string[]) => words.join(' ');
const endsWith = (long: string[], short: string[]) => long.length > short.length && short.every((w, i) => long[long.length - short.length + i] === w);

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

interface Resolved {
  mention: NameMention;
  /** The key of the fullest name this mention stands for. */
  target: string;
}

/**
 * The longest names, among `keys`, that `key` is the end of ("sadr" -> "muktada sadr"),
 * keeping only maximal ones so that "abdul mahdi" and "adil abdul mahdi" count once.
 */
function fullerNames(key: string[], byLastWord: Map<string, string[][]>): string[] {
  const longer = (byLastWord.get(key.at(-1)!) ?? []).filter((k) => endsWith(k, key));
  const maximal = longer.filter((k) => !longer.some((other) => endsWith(other, k)));
  return [...new Set(maximal.map(keyOf))];
}

function groupBy<T>(items: T[], keyOfItem: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOfItem(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function byLastWord(keys: string[][]): Map<string, string[][]> {
  const map = new Map<string, string[][]>();
  for (const key of keys) {
    const last = key.at(-1)!;
    const list = map.get(last);
    if (list) list.push(key);
    else map.set(last, [key]);
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

/**
 * Mentions -> entities:
 * 1. In each article, a surname or shorter form after ("Sadr", "Mahdi's office") or before a
 *    fuller person's name that ends the same way stands for that name, when only one does; so does
 *    an organisation's trailing institution word ("the Commission" for "European Commission").
 * 2. A name given in parentheses right after another joins the two everywhere.
 * 3. A short form with no fuller name in its own article joins the one person's name in the
 *    corpus that ends with it, when there is exactly one.
 * 4. Spellings meet through their transliteration keys (nameKeys.ts).
 * 5. An acronym joins the one organisation whose initials it spells ("EU", "European Union").
 */
export function resolveEntities(articles: Article[], mentionsByArticle: Map<string, NameMention[][]>): Entity[] {
  const resolved: Resolved[] = [];
  const aliasPairs: Array<[string, string]> = [];

  for (const article of articles) {
    const perPassage = mentionsByArticle.get(article.id) ?? [];
    const all = perPassage.flat();
    const byKey = groupBy(all, (m) => keyOf(m.key));
    const keys = byLastWord([...byKey.values()].map((group) => group[0]!.key));
    const start = resolved.length;
    for (const mention of all) {
      const fuller = fullerNames(mention.key, keys);
      let target = keyOf(mention.key);
      if (fuller.length === 1) {
        const full = byKey.get(fuller[0]!) ?? [];
        if (personLike(full)) target = fuller[0]!;
        // "the Commission" after "European Commission": an institution word ending one organisation's name
        else if (kindOf(full) === 'organization' && kindOf(byKey.get(target) ?? []) !== 'person' && endsWithInstitutionWord(mention.text)) target = fuller[0]!;
      }
      resolved.push({ mention, target });
    }
    let offset = start;
    for (const passageMentions of perPassage) {
      passageMentions.forEach((m, i) => {
        if (m.alias !== undefined) aliasPairs.push([resolved[offset + i]!.target, resolved[offset + m.alias]!.target]);
      });
      offset += passageMentions.length;
    }
  }

  const uf = new UnionFind();
  for (const [a, b] of aliasPairs) uf.union(a, b);

  const targets = [...new Set(resolved.map((r) => r.target))].map((t) => t.split(' '));
  const targetsByLastWord = byLastWord(targets);
  const byTarget = groupBy(resolved, (r) => r.target);
  const mentionsOf = (key: string) => (byTarget.get(key) ?? []).map((r) => r.mention);
  for (const target of targets) {
    const fuller = fullerNames(target, targetsByLastWord);
    if (fuller.length !== 1) continue;
    const full = fuller[0]!;
    if (personLike(mentionsOf(full)) && personLike(mentionsOf(keyOf(target)))) uf.union(full, keyOf(target));
  }

  joinAcronyms(resolved, uf);

  const groups = groupBy(resolved, (r) => uf.find(r.target));

  const articleOrder = new Map(articles.map((a, i) => [a.id, i]));
  const entities: Entity[] = [];
  for (const group of groups.values()) {
    const mentions = group.map((r) => r.mention);
    const passages = new Set(mentions.map((m) => m.passageId));
    const kind = kindOf(mentions);
    const place = mentions.reduce((n, m) => n + m.place, 0);
    if (place > mentions.reduce((n, m) => n + m.person + m.org, 0)) continue;
    // An unknown capitalised word seen once ("Arabic", "Xinhua") is too weak to list as an entity.
    if (kind === 'other' && passages.size < 2) continue;
    const name = canonicalName(mentions);
    const aliases = [...new Set(mentions.map((m) => m.text))].filter((t) => t !== name);
    const seenRoles = new Set<string>();
    const roles: EntityRole[] = [];
    for (const m of mentions) {
      for (const text of m.roles) {
        const id = `${m.articleId}\0${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')}`;
        if (seenRoles.has(id)) continue;
        seenRoles.add(id);
        roles.push({ text, passageId: m.passageId });
      }
    }
    const articleIds = [...new Set(mentions.map((m) => m.articleId))].sort((a, b) => articleOrder.get(a)! - articleOrder.get(b)!);
    entities.push({
      id: '',
      name,
      kind,
      aliases,
      mentions: mentions.map((m) => ({ passageId: m.passageId, start: m.start, end: m.end, text: m.text })),
      roles,
      articles: articleIds,
    });
  }

  entities.sort((a, b) => b.mentions.length - a.mentions.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name));
  const usedIds = new Set<string>();
  for (const e of entities) {
    const base =
      e.name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'entity';
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    e.id = id;
  }
  return entities;
}

const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u;

/**
 * "EU" / "European Union", "PMF" / "Popular Mobilization Forces", "USAID" / "US Agency for International
 * Development": the capitals of a name's capitalised words (the small words "of", "the", "and" left
 * out; an acronym inside the name counts all its letters).
 */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (ACRONYM.test(w) ? w.replace(/\./g, '') : w[0]!))
    .join('');
}

/**
 * An acronym joins the one name of two words or more in the corpus whose initials it spells (or, when
 * several do, the one named in the same articles), unless either is a person's. Places are never
 * mentions ("U.S.", "US", "United States"), so they join nothing.
 */
function joinAcronyms(resolved: Resolved[], uf: UnionFind): void {
  const groups = groupBy(resolved, (r) => uf.find(r.target));
  const articlesOf = (root: string) => new Set(groups.get(root)!.map((r) => r.mention.articleId));
  const kinds = new Map<string, EntityKind>();
  const kindOfGroup = (root: string) => kinds.get(root) ?? kinds.set(root, kindOf(groups.get(root)!.map((r) => r.mention))).get(root)!;
  const byInitials = new Map<string, Set<string>>();
  const acronyms = new Map<string, string>();
  for (const { mention, target } of resolved) {
    const root = uf.find(target);
    if (ACRONYM.test(mention.text)) {
      acronyms.set(mention.text.replace(/\./g, ''), root);
      continue;
    }
    if (mention.key.length < 2) continue;
    const initials = initialsOf(mention.text);
    if (initials.length >= 2) (byInitials.get(initials) ?? byInitials.set(initials, new Set()).get(initials)!).add(root);
  }
  for (const [letters, root] of acronyms) {
    if (kindOfGroup(root) === 'person') continue;
    let candidates = [...(byInitials.get(letters) ?? [])].filter((r) => r !== root && kindOfGroup(r) !== 'person');
    if (candidates.length > 1) {
      const here = articlesOf(root);
      candidates = candidates.filter((r) => [...articlesOf(r)].some((a) => here.has(a)));
    }
    if (candidates.length !== 1) continue;
    const full = candidates[0]!;
    if (kindOf([...groups.get(full)!, ...groups.get(root)!].map((r) => r.mention)) !== 'organization') continue;
    if (uf.find(full) !== uf.find(root)) uf.union(uf.find(full), uf.find(root));
  }
}

function kindOf(mentions: NameMention[]): EntityKind {
  const person = mentions.reduce((n, m) => n + m.person, 0);
  const org = mentions.reduce((n, m) => n + m.org, 0);
  if (org > person && org >= 1) return 'organization';
  if (person > 0) return 'person';
  return 'other';
}

/**
 * The name most often written in full (an acronym only when nothing else): among the keys that are not the end of a longer one
 * ("sadr" is the end of "muktada sadr"), the one seen most (the longer on a tie), then its
 * most frequent spelling (the first seen on a tie).
 */
function canonicalName(mentions: NameMention[]): string {
  const keys = [...new Map(mentions.map((m) => [keyOf(m.key), m.key])).values()];
  const shorter = new Set(keys.filter((key) => keys.some((k) => endsWith(k, key))).map(keyOf));
  // "AfD" as much as "PMF": capitals, with single lower-case letters between them
  const isAcronym = (m: NameMention) => /^\p{Lu}(?:\p{Ll}?\p{Lu})+$/u.test(m.text);
  let full = mentions.filter((m) => !shorter.has(keyOf(m.key)));
  // "River Basin Commission (RBC)": the spelled-out name, however often the acronym is used.
  if (full.some((m) => !isAcronym(m))) full = full.filter((m) => !isAcronym(m));
  const counts = new Map<string, { n: number; words: number }>();
  for (const m of full) {
    const c = counts.get(keyOf(m.key)) ?? { n: 0, words: m.key.length };
    c.n++;
    counts.set(keyOf(m.key), c);
  }
  const key = [...counts].reduce((a, b) => (b[1].n > a[1].n || (b[1].n === a[1].n && b[1].words > a[1].words) ? b : a))[0];
  const spellings = new Map<string, number>();
  for (const m of full) if (keyOf(m.key) === key) spellings.set(m.text, (spellings.get(m.text) ?? 0) + 1);
  return [...spellings].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** People and organisations named in the passages, one entity per referent. */
export function annotateEntities(articles: Article[], passages: Passage[]): Entity[] {
  const byArticle = new Map<string, NameMention[][]>();
  for (const passage of passages) {
    const list = byArticle.get(passage.articleId) ?? [];
    list.push(findNameMentions(passage));
    byArticle.set(passage.articleId, list);
  }
  return resolveEntities(articles, byArticle);
}
