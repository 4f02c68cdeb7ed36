import type { Rule } from '../core/rules.js';
import { keyOf, kindOf } from './entityParts.js';
import { nameKey } from './keys.js';
import { MEMBERS_PLURAL_ENDINGS, PARTY_STEM_MIN, PARTY_WORD } from './locales/en/words.js';
import { theBefore } from './locales/en/evidence/theBefore.js';
import type { NameMention } from './types.js';

/** One word written as a plural: a family's or a party's members ("the Bidens", "Conservatives"). */

/** The word's stems without a plural ending, longest first: "Joneses" -> "Jonese", "Jones". */
function stemsOf(text: string): string[] {
  if (/\s/.test(text.trim()) || !/^\p{Lu}\p{Ll}+s$/u.test(text)) return [];
  return [text.slice(0, -1), ...(text.endsWith('es') ? [text.replace(MEMBERS_PLURAL_ENDINGS, '')] : [])];
}

export const familyPlural: Rule & { keys(byKey: Map<string, NameMention[]>): Set<string>; strip(mention: NameMention): NameMention } = {
  name: 'family-plural',
  reason:
    'A surname\'s plural after "the" ("the Bidens") names a family, neither a person nor an organisation, when a person of the article bears that surname; read as a name, it was listed as a body of its own.',
  /** The keys of the article's names that are a family's: a plural of the last word of a person's fuller name there. */
  keys(byKey) {
    const surnames = new Set<string>();
    for (const group of byKey.values()) if (group[0]!.key.length > 1 && kindOf(group) === 'person') surnames.add(group[0]!.key.at(-1)!);
    const families = new Set<string>();
    // a family is "the Bidens"; "Reuters" beside a Marta Reuter is written without "the"
    const withThe = (group: NameMention[]) => group.some((m) => m.rules?.includes(theBefore.name));
    for (const [key, group] of byKey) if (withThe(group) && stemsOf(group[0]!.text).some((stem) => surnames.has(keyOf(nameKey(stem))))) families.add(key);
    return families;
  },
  /** The mention as a family's: no evidence of a person or an organisation left. */
  strip: (mention) => ({ ...mention, person: 0, org: 0, rules: [...(mention.rules ?? []), familyPlural.name] }),
};

export const partyMembersInArticle: Rule & { target(text: string, byKey: Map<string, NameMention[]>): string | null } = {
  name: 'party-members-in-article',
  reason:
    'In an article, a party\'s members written as a plural ("Conservatives", "Democrats") stand for the one party named there whose adjective they are ("Conservative Party", "Democratic Party").',
  target(text, byKey) {
    const stem = stemsOf(text)[0]?.toLowerCase();
    if (!stem || stem.length < PARTY_STEM_MIN) return null;
    const parties = [...byKey.values()].filter((group) => {
      const words = group[0]!.text.toLowerCase().split(/\s+/);
      return words.length === 2 && words[1] === PARTY_WORD && words[0]!.startsWith(stem) && kindOf(group) === 'organization';
    });
    return parties.length === 1 ? keyOf(parties[0]![0]!.key) : null;
  },
};
