import type { Rule } from '../core/rules.js';
import { keyOf, type Resolved, type UnionFind } from './entityParts.js';
import { GIVEN_NAME_SHORT_FORMS } from './locales/en/words.js';

/** Each short form's full given name ("will" -> "william", "tommy" -> "thomas"); a full name stands for itself. */
const FULL_GIVEN_NAME = new Map(
  Object.entries(GIVEN_NAME_SHORT_FORMS).flatMap(([full, short]) => [[full, full] as const, ...short.map((s) => [s, full] as const)]),
);

/** "Will Rikard-Bell" -> { given: "william", rest: "rikard-bell" }: a person's name of two words or more, its first word a given name of the table. */
function givenAndRest(text: string): { given: string; rest: string } | null {
  const words = text
    .trim()
    .toLowerCase()
    .replace(/['’]s$/, '')
    .split(/\s+/);
  if (words.length < 2) return null;
  const given = FULL_GIVEN_NAME.get(words[0]!.replace(/\.$/, ''));
  return given ? { given, rest: words.slice(1).join(' ') } : null;
}

/**
 * `short-given-name-in-article`: "William Rikard-Bell" and then "Will Rikard-Bell", "Tom McGee" and "Tommy McGee": one
 * person written with his given name in full and in its short form. The two names have different keys, so they were two
 * people, and the surname alone ("Rikard-Bell") then stood for neither. Joined where every full name of the article with
 * that surname has the one given name, in full or short; the surname alone then joins them.
 */
export const shortGivenNameInArticle: Rule & { apply(resolved: Resolved[], uf: UnionFind): void } = {
  name: 'short-given-name-in-article',
  reason:
    'A given name and its short form ("William" and "Will", "Thomas" and "Tommy", "Robert" and "Bob") written before one surname in one article name one person; their keys differ, so they were two entries and the surname alone joined neither.',
  apply(resolved, uf) {
    const byArticle = new Map<string, Resolved[]>();
    for (const r of resolved) {
      if (r.mention.person <= r.mention.org) continue;
      const list = byArticle.get(r.mention.articleId) ?? [];
      list.push(r);
      byArticle.set(r.mention.articleId, list);
    }
    for (const people of byArticle.values()) {
      const bySurname = new Map<string, Array<{ given: string; target: string }>>();
      for (const r of people) {
        const parts = givenAndRest(r.mention.text);
        if (!parts) continue;
        const list = bySurname.get(parts.rest) ?? [];
        list.push({ given: parts.given, target: r.target });
        bySurname.set(parts.rest, list);
      }
      for (const [rest, names] of bySurname) {
        const targets = [...new Set(names.map((n) => n.target))];
        if (targets.length < 2 || new Set(names.map((n) => n.given)).size !== 1) continue;
        for (const t of targets.slice(1)) uf.union(targets[0]!, t, shortGivenNameInArticle.name);
        // the surname alone, left to itself while it had two fuller names
        for (const r of people)
          if (r.mention.text.toLowerCase().replace(/['’]s$/, '') === rest && r.target === keyOf(r.mention.key))
            uf.union(targets[0]!, r.target, shortGivenNameInArticle.name);
      }
    }
  },
};
