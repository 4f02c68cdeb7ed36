import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../../../src/annotate/core/tokens.js';
import { nameKey } from '../../../src/annotate/names/index.js';
import { foldText } from '../../../src/text/fold.js';

/** [text, the words as written, their lower-case forms]: a soft hyphen (U+00AD) stays inside its word. */
const ROWS: Array<[string, string[], string[]]> = [
  ['Netan\u00ADyahu said', ['Netan\u00ADyahu', 'said'], ['netanyahu', 'said']],
  ['Vladi\u00ADmir Putin', ['Vladi\u00ADmir', 'Putin'], ['vladimir', 'putin']],
  // negative: an ordinary hyphen still joins, a space still splits
  ['al-Sadr spoke', ['al-Sadr', 'spoke'], ['al-sadr', 'spoke']],
  ['Netan yahu', ['Netan', 'yahu'], ['netan', 'yahu']],
];

/** [text, the words as written, which are possessive]: any mark a page sets for the apostrophe splits a possessive off. */
const POSSESSIVE_ROWS: Array<[string, string[], boolean[]]> = [
  ['Swift’s album', ['Swift', 'album'], [true, false]],
  ['Swift‘s album', ['Swift', 'album'], [true, false]],
  ['Swiftʼs album', ['Swift', 'album'], [true, false]],
  ['the Farmers‘ union', ['the', 'Farmers', 'union'], [false, true, false]],
  // negative: an opening quote before a word, a closing one after it, and a name holding the mark stay as they were
  ['he said ‘Swift is', ['he', 'said', 'Swift', 'is'], [false, false, false, false]],
  ['O‘Brien spoke', ['O‘Brien', 'spoke'], [false, false]],
  ['it‘s', ['it'], [true]],
];

describe('tokenizeWords and possessives', () => {
  it.each(POSSESSIVE_ROWS)('%s', (text, words, possessive) => {
    const tokens = tokenizeWords(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.possessive)).toEqual(possessive);
  });
});

describe('tokenizeWords and soft hyphens', () => {
  it.each(ROWS)('%s', (text, words, lower) => {
    const tokens = tokenizeWords(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.lower)).toEqual(lower);
    // offsets stay those of the text as written
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('folds a soft hyphen away, so a name broken by one has the key of the name written whole', () => {
    expect(foldText('Netan\u00ADyahu')).toBe('netanyahu');
    expect(nameKey('Vladi\u00ADmir Putin')).toEqual(nameKey('Vladimir Putin'));
    expect(nameKey('Netan yahu')).not.toEqual(nameKey('Netanyahu'));
  });
});
