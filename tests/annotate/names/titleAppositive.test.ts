import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/**
 * `title-appositive` (src/annotate/names/locales/en/roles/titleAppositive.ts, read by `role-words`): an officer's title in
 * capitals after a name's comma. Sentences of 2008 news (L3S-GN1 development pages: a press release, a fraud story) and
 * negative rows: a second person, places listed, a name's list.
 */
const roles = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => `${m.text}:${m.roles.map((r) => ` ${r}`).join(';')}`);

describe('the name rule title-appositive', () => {
  it.each([
    [
      '"We are excited to offer Canadians an alternative music experience with Zune," said Craig Tullett, Group Manager, Zune Canada.',
      'Craig Tullett: Group Manager',
    ],
    [
      '"This was done with Barclays in the UK," said Andreas Baumhof, CTO of online fraud protection company TrustDefender.',
      'Andreas Baumhof: CTO of online fraud protection company TrustDefender',
    ],
    ['Jane Roe, Vice President of Marketing, said it was good.', 'Jane Roe: Vice President of Marketing'],
  ] as const)('%j', (text, expected) => {
    expect(roles(text)).toContain(expected);
  });

  it.each([
    // a given name in the capitals: a second person; no title: a list of names or places
    ['John Smith, President Bush said, was wrong.', 'John Smith:'],
    ['The winners were John Smith, Acme Widgets and Jane Roe.', 'John Smith:'],
    ['Mark Madsen, Minnesota Timberwolves, was injured.', 'Mark Madsen:'],
  ] as const)('%j: no role', (text, expected) => {
    expect(roles(text)).toContain(expected);
  });
});
