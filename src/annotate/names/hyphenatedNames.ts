import { expand, lexiconTags, wordTags } from '../core/lexicon.js';
import { NAME_ONLY_TAGS } from '../core/locales/en/words.js';

/**
 * "Chee-hwa", "Jong-un", "Jae-in", "Jean-marie": a hyphenated given name whose later syllables are
 * written in lower case. Its first part is a capitalised word the lexicon knows as no common word,
 * place or demonym (a first name may be one: "Jean"); its later parts are no English word (a name's
 * may be, and so may one of one or two letters: "in"), nor a participle; a later part the lexicon knows
 * as a name lets a common first part in ("Jean-marie"). "Iran-backed", "Hamas-run",
 * "Hong Kong-based", "Self-immolation" are compounds. Whether it is a name where it stands (not
 * "Trump-era policies") is for the words around it to say (the spans of ../names).
 */
export function isLowerHyphenedName(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  if (parts.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(parts[0]!) || !parts.slice(1).every((p) => /^\p{Ll}+$/u.test(p))) return false;
  const first = wordTags(parts[0]!);
  if (['Place', 'Demonym', 'Organization', 'Acronym'].some((t) => first.has(t))) return false;
  // "Jean-marie": a later part the lexicon knows as a name makes a common first part ("jean") a name's too
  const named = (p: string) => lexiconTags(p).some((t) => NAME_ONLY_TAGS.test(t));
  if (!(first.has('ProperNoun') || first.has('Person') || parts.slice(1).every(named))) return false;
  return parts.slice(1).every((p) => {
    const known = lexiconTags(p);
    if (known.length) return p.length <= 2 || known.every((t) => NAME_ONLY_TAGS.test(t));
    return !/(?:ed|ing)$/.test(p);
  });
}

/** The tags of a hyphenated given name ("Chee-hwa") where it stands as one. */
export const hyphenatedNameTags = (): ReadonlySet<string> => expand(['ProperNoun', 'Singular']).add('Hyphenated');
