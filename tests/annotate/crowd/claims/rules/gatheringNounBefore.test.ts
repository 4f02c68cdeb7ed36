import { describe, expect, it } from 'vitest';
import { findCrowdClaims } from '../../../../../src/annotate/crowd/locales/en/claims/findClaims.js';
import { sentence } from '../../../../support/annotate.js';

/** A crowd's size told by a verb of numbering after the crowd or a gathered people noun: [sentence, the claims' figures]. */
const ROWS: Array<[string, string[]]> = [
  ['The crowd, which appeared to number some 300,000, waved Egyptian flags and posters of Morsi.', ['some 300,000']],
  ['The protesters, who numbered about 2,000, marched to the embassy.', ['about 2,000']],
  ['Crowds numbering 10,000 filled the square.', ['10,000']],
  // negative: a population numbered, a thing numbered, a people noun that does not say it gathered
  ["The town's residents, who number about 5,000, voted on Tuesday.", []],
  ['The flags, which number about 300, were sold.', []],
  ['The union members, who number 13,000, have a new contract.', []],
];

describe('the gathering-noun-before rule, by a verb of numbering', () => {
  it.each(ROWS)('%j', (text, expected) => {
    expect(findCrowdClaims(sentence(text)).map((c) => c.text)).toEqual(expected);
  });
});
