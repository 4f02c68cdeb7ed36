/** What a chrome rule is, and the words every rule file reads: an e-mail address, and the marks of reported speech. */

export type ChromeRuleKind = 'credit' | 'pitch' | 'author' | 'syndication' | 'widget' | 'stamp' | 'comments' | 'schedule' | 'factbox';

export interface ChromeRule {
  /** Kebab-case, unique. */
  readonly name: string;
  /** One sentence: what the rule drops, and why it is not reporting. */
  readonly reason: string;
  readonly kind: ChromeRuleKind;
  /** The whole paragraph (trimmed, without a list bullet) is this chrome. */
  readonly matches: (line: string) => boolean;
}

/** An e-mail address inside a line. */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
/** Words that make a line someone's reported speech, not the site's own words. */
export const REPORTED = /\b(?:said|says|according to)\b|["“”]/i;
