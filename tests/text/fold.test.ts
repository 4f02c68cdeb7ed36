import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldedWords } from '../../src/text/fold.js';

/** The folding as written before its ASCII fast path: every Unicode scan on every text. */
const reference = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u00AD/g, '')
    .replace(/\b(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(/['’‘ʼʻ`´]/g, '')
    .toLowerCase();
const referenceWords = (text: string) =>
  reference(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

describe('foldText and foldedWords', () => {
  it.each([
    ['Protesters marched in the U.S. capital on Jan. 3, 2020.', ['protesters', 'marched', 'in', 'the', 'us', 'capital', 'on', 'jan', '3', '2020']],
    ["Kata'ib Hezbollah's fighters", ['kataib', 'hezbollahs', 'fighters']],
    ['Kata’ib São Paulo Netan\u00ADyahu', ['kataib', 'sao', 'paulo', 'netanyahu']],
    ['Müller, Ⅻ and ½ – 50,000', ['muller', 'xii', 'and', '1', '2', '50', '000']],
    ['', []],
  ])('%s', (text, words) => {
    expect(foldedWords(text)).toEqual(words);
  });

  it('gives what the Unicode scans give, on ASCII text and on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(foldText(text)).toBe(reference(text));
        expect(foldedWords(text)).toEqual(referenceWords(text));
      }),
      { numRuns: 2000 },
    );
  });
});
