import { describe, expect, it } from 'vitest';
import { matchingKeyword, parseKeywords } from '../../src/feeds/keywords.js';

describe('keywords', () => {
  const cases: Array<[string, string[], string, string | null | undefined]> = [
    ['no keywords take every item', [], 'Anything at all', undefined],
    ['any case', ['strike'], 'Dock STRIKE enters its third day', 'strike'],
    ['a whole word only, not inside another', ['strike'], 'Strikers return to work', null],
    ['a plural is another word', ['embassy'], 'Embassies reopen', null],
    ['diacritics fold', ['sao paulo'], 'Floods in São Paulo', 'sao paulo'],
    ['a phrase as consecutive words', ['port authority'], 'The Port Authority said', 'port authority'],
    ['a phrase with its words apart does not match', ['port authority'], 'The authority of the port', null],
    ['punctuation around a word', ['ferry'], '“Ferry,” she said.', 'ferry'],
    ['the first keyword that matches', ['union', 'ferry'], 'Ferry union meets', 'union'],
  ];
  it.each(cases)('%s', (_what, keywords, title, expected) => {
    expect(matchingKeyword(keywords, title, null)).toBe(expected);
  });

  it('the summary counts as much as the title', () => {
    expect(matchingKeyword(['ferry'], 'Crossings halted', 'All ferry routes closed')).toBe('ferry');
    expect(matchingKeyword(['ferry'], 'Crossings halted', 'All routes closed')).toBeNull();
  });

  it('are read from a comma-separated list, blanks and repeats dropped', () => {
    expect(parseKeywords(' Ferry, strike ,, FERRY,  port   authority ')).toEqual(['Ferry', 'strike', 'port authority']);
    expect(parseKeywords('')).toEqual([]);
    expect(parseKeywords(', ,')).toEqual([]);
  });
});
