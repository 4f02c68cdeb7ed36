import { describe, expect, it } from 'vitest';
import { isExtraTitle } from '../../../src/annotate/core/lexicon.js';
import { en } from '../../../src/annotate/names/locales/en/index.js';
import { findNameMentionsWith } from '../../../src/annotate/names/locales/en/mentions.js';
import { sentence } from '../../support/annotate.js';

const mentions = (text: string) => findNameMentionsWith(en, sentence(text)).map((m) => `${m.text}${m.roles.map((r) => ` ${r}`).join(';')}`);

describe('the lexicon rule member-of-body-title', () => {
  it.each([
    // an elected body's word with "-person", "-woman", "-man" or "-member" is an office
    ['California Senate president John Burton and U.S. Congressperson Carole Migden announced their support.', 'Carole Migden U.S. Congressperson'],
    ['We need a repeal of the drug laws, sponsored by Assemblyperson Jeffrion Aubry.', 'Jeffrion Aubry Assemblyperson'],
    ['He met Councilmember Ana Ruiz on Monday.', 'Ana Ruiz Councilmember'],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    // negative: another body's word ("Boardman" is a surname), a word with no such ending
    ['boardman', false],
    ['assembly', false],
    ['congresswoman', true],
  ])('%s is a title: %s', (word, title) => {
    expect(isExtraTitle(word)).toBe(title);
  });
});

describe('the lexicon rule hyphenated-offices', () => {
  it.each([
    // two titles joined by a hyphen are one office, an agent noun the lexicon lacks beside a title too
    [
      '"This is a fight," San Francisco Labor Council Secretary-Treasurer Walter Johnson told the crowd.',
      'Walter Johnson San Francisco Labor Council Secretary-Treasurer',
    ],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toContain(expected);
  });

  it.each([
    ['secretary-treasurer', true],
    // negative: two agent nouns (a double surname), a given name, a firm
    ['baker-miller', false],
    ['jean-pierre', false],
    ['coca-cola', false],
  ])('%s is a title: %s', (word, title) => {
    expect(isExtraTitle(word)).toBe(title);
  });
});
