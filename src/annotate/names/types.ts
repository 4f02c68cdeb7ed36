import type { RuleTrail } from '../core/rules.js';

/** One name as written in one passage, with what the words around it say about it. */
export interface NameMention extends RuleTrail {
  passageId: string;
  articleId: string;
  /** Offsets of the name (without any title before it) in the article file. */
  start: number;
  end: number;
  text: string;
  /** Transliteration key of the name's words (see keys.ts). */
  key: string[];
  /** Titles, appositives and descriptions given to the name here. */
  roles: string[];
  /** The rule that gave each role, by index in `roles` (read by --explain). */
  roleRules?: string[];
  /** Evidence that the name is a person or an organisation (higher is stronger). */
  person: number;
  org: number;
  /** Evidence that it is a place after all ("to the Middle East"). */
  place: number;
  /** Index (in the passage's mentions) of a name given in parentheses right after this one. */
  alias?: number;
}

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
  /** The rule that gave it (read by --explain). */
  rule?: string;
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
  /** The rules that made its mentions a name and weighed its kind, in order (read by --explain). */
  rules?: string[];
  /** Each spelling other than `name`, with the rules that joined it to the others (read by --explain). */
  spellings?: Array<{ text: string; rules: string[] }>;
}
