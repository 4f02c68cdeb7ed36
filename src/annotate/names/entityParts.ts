import { teamInArticle } from './teamInArticle.js';
import type { EntityKind, NameMention } from './types.js';

/** The parts of entity resolution: name keys, a union-find, acronyms and the canonical name. */

export const keyOf = (words: string[]) => words.join(' ');
export const endsWith = (long: string[], short: string[]) => long.length > short.length && short.every((w, i) => long[long.length - short.length + i] === w);
/** Whether the longer name opens with the shorter: "George" opens "George Wein". */
export const startsWith = (long: string[], short: string[]) => long.length > short.length && short.every((w, i) => long[i] === w);

export const openingNotCanonical = {
  name: 'opening-not-canonical',
  reason:
    'A name that opens a longer spelling of its entity (a given name alone, "George" for "George Wein"; "Amnesty" for "Amnesty International") is no canonical name, however often it is written: the listing showed a first name alone.',
};

export class UnionFind {
  private parent = new Map<string, string>();
  /** The rule that first joined each key to another (read by --explain). */
  readonly joinedBy = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string, rule?: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    this.parent.set(rb, ra);
    if (rule) for (const key of [a, b, ra, rb]) if (!this.joinedBy.has(key)) this.joinedBy.set(key, rule);
  }
}

export interface Resolved {
  mention: NameMention;
  /** The key of the fullest name this mention stands for. */
  target: string;
}

export function groupBy<T>(items: T[], keyOfItem: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOfItem(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,6})$/u;

/**
 * "EU" / "European Union", "PMF" / "Popular Mobilization Forces", "USAID" / "US Agency for International
 * Development": the capitals of a name's capitalised words (the small words "of", "the", "and" left
 * out; an acronym inside the name counts all its letters).
 */
const AMPERSAND = /&/g;

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
export function joinAcronyms(resolved: Resolved[], uf: UnionFind, rule?: string): void {
  const groups = groupBy(resolved, (r) => uf.find(r.target));
  const articlesOf = (root: string) => new Set(groups.get(root)!.map((r) => r.mention.articleId));
  const kinds = new Map<string, EntityKind>();
  const kindOfGroup = (root: string) => kinds.get(root) ?? kinds.set(root, kindOf(groups.get(root)!.map((r) => r.mention))).get(root)!;
  const byInitials = new Map<string, Set<string>>();
  const acronyms = new Map<string, string>();
  for (const { mention, target } of resolved) {
    const root = uf.find(target);
    // "PG&E" spells "Pacific Gas & Electric" as "PGE" does
    if (ACRONYM.test(mention.text.replace(AMPERSAND, ''))) {
      acronyms.set(mention.text.replace(/[.&]/g, ''), root);
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
    if (uf.find(full) !== uf.find(root)) uf.union(uf.find(full), uf.find(root), rule);
  }
}

export function kindOf(mentions: NameMention[]): EntityKind {
  if (teamInArticle.holds(mentions)) return 'organization';
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
export function canonicalName(mentions: NameMention[]): string {
  const keys = [...new Map(mentions.map((m) => [keyOf(m.key), m.key])).values()];
  const shorter = new Set(keys.filter((key) => keys.some((k) => endsWith(k, key) || startsWith(k, key))).map(keyOf));
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
