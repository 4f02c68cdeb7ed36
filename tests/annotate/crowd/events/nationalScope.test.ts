import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/annotate/core/tokens.js';
import { nationalScope } from '../../../../src/annotate/crowd/locales/en/events/nationalScope.js';

/** The national scope read after the sentence's first figure token (digits), as its text, or null. */
function scopeOf(sentence: string): string | null {
  const tokens = tokenize(sentence);
  const figure = tokens.findIndex((t) => /^\d/.test(t.text));
  return nationalScope(sentence, tokens, figure)?.text ?? null;
}

describe('a national scope after a figure', () => {
  const rows: Array<[string, string | null]> = [
    ['On Saturday, 500,000 students marched all over Portugal, chanting.', 'over Portugal'],
    ['More than 2 million took part nationwide on Thursday.', 'nationwide'],
    ['About 300 marched all over the country.', 'over the country'],
    // negative: a city after "all over", "over" alone, a country that begins a name
    ['On Saturday, 500,000 students marched all over Lisbon.', null],
    ['About 300 marched over Portugal on Saturday.', null],
    ['About 300 marched all over Portugal Telecom offices.', null],
  ];
  it.each(rows)('%s', (sentence, expected) => {
    expect(scopeOf(sentence)).toBe(expected);
  });
});
