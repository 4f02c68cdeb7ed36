import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

/**
 * `common-word-by-position` (src/annotate/names/locales/en/refiners/commonWordByPosition.ts): one capitalised word
 * opening a sentence that prose writes in lower case nearly always is no name. Real sentences of the unlabelled
 * timeline articles; negative rows: names that are common words too ("Apple", "Labour"), a word mid-sentence, a run
 * of two words, an acronym, a given name.
 */
const names = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => m.text);

describe('the span refiner common-word-by-position', () => {
  it.each([
    ['Demonstrations continue to take place every day, though none have come close to the scale of the march.', 'Demonstrations'],
    ['Convictions have been secured against a handful of former Enron employees.', 'Convictions'],
    ['Elections, however, have helped rob Afghans of democracy.', 'Elections'],
    ['Referring to voters, I am.', 'Referring'],
    ['"Conversations are going on internally and externally," said a close aide.', 'Conversations'],
    ["Tanks moved into Harare's townships yesterday.", 'Tanks'],
  ] as const)('%j: %s is no name', (text, word) => {
    expect(names(text)).not.toContain(word);
  });

  it.each([
    // names prose writes with a capital often enough ("apple" 88%), or always, and an acronym
    ['Apple said on Tuesday that sales rose.', 'Apple'],
    ['Greenpeace said the ship had left.', 'Greenpeace'],
    ['Enron collapsed in 2001.', 'Enron'],
    ['NATO said the strikes would go on.', 'NATO'],
    // not at a sentence's start: a capital there is the word's own
    ['The talks were held at the Local Government Association.', 'Local Government Association'],
  ] as const)('%j: %s stays', (text, name) => {
    expect(names(text)).toContain(name);
  });
});
