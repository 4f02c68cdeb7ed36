import type { Rule } from '../core/rules.js';
import type { DateParser, ResolvedDate } from './types.js';

/** A parser of one phrase pattern: each match (its surrounding spaces trimmed) that `resolve` dates is found. */
export interface PhraseRule extends Rule {
  pattern: RegExp;
  /** The date the match `m` names, in a sentence `text` published on `published`; `start` is the trimmed match's offset. */
  resolve: (m: RegExpMatchArray, published: string | null, text: string, start: number) => ResolvedDate | null;
}

/** A phrase counted from publication ("two days ago", "yesterday"): it names no date in a report of unknown date. */
export interface PublicationPhraseRule extends Rule {
  pattern: RegExp;
  /** Where the phrase names no day although it matches (the locale's test of a title: "The World of Tomorrow"). */
  unlessAt?: (text: string, start: number) => boolean;
  resolve: (m: RegExpMatchArray, published: string, text: string, start: number) => ResolvedDate | null;
}

/** A parser of a phrase counted from publication, which finds nothing when the publication date is unknown. */
export function publicationPhraseParser(rule: PublicationPhraseRule): DateParser {
  return phraseParser({
    ...rule,
    resolve: (m, published, text, start) => (published && !rule.unlessAt?.(text, start) ? rule.resolve(m, published, text, start) : null),
  });
}

export function phraseParser(rule: PhraseRule): DateParser {
  return {
    name: rule.name,
    reason: rule.reason,
    find({ text, published }) {
      const found = [];
      for (const m of text.matchAll(rule.pattern)) {
        const start = m.index + (m[0].length - m[0].trimStart().length);
        const phrase = m[0].trim();
        const resolved = rule.resolve(m, published, text, start);
        if (resolved) found.push({ start, end: start + phrase.length, text: phrase, ...resolved });
      }
      return found;
    },
  };
}
