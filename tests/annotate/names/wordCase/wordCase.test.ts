import { describe, expect, it } from 'vitest';
import { commonWordListing } from '../../../../src/annotate/names/listing.js';
import { countWordCase, isProse } from '../../../../src/annotate/names/locales/en/wordCase/count.js';
import { nameLikeWords, placeLikeByWordCase, peoplePluralByWordCase, readWordCase } from '../../../../src/annotate/names/locales/en/wordCase/nameLike.js';
import { htmlParagraphs, sgmStories, textParagraphs } from '../../../../src/annotate/names/locales/en/wordCase/sources.js';
import { readFileSync } from 'node:fs';
import {
  capitalShare,
  compactWordCase,
  lookUpWordCase,
  wordCaseLines,
  wordCaseOf,
  wordCaseTable,
  type WordCase,
} from '../../../../src/annotate/names/locales/en/wordCase/table.js';
import type { Entity } from '../../../../src/annotate/names/types.js';

/** The word-case table (src/annotate/names/locales/en/wordCase/): how it is counted, read, and what the shipped table says. */
describe('counting how words are written', () => {
  it('counts a word capitalised mid-sentence, in lower case and at a sentence start apart, and after "in"', () => {
    const counts = countWordCase([
      'Comissaria Smith said there is still some doubt as to how much old crop cocoa is still available in Bahia this year.',
      'Smith added that the cocoa crop in Bahia was late, and that Smith would review it again in March next year.',
    ]);
    expect(counts.get('smith')).toEqual({ cap: 2, lower: 0, start: 1, afterIn: 0 });
    expect(counts.get('cocoa')).toEqual({ cap: 0, lower: 2, start: 0, afterIn: 0 });
    expect(counts.get('bahia')).toEqual({ cap: 2, lower: 0, start: 0, afterIn: 2 });
    // a word in capitals and a single letter are counted nowhere
    expect(countWordCase(['The IMF said the loan to Brazil of some five billion dollars would go ahead, and A said no.']).get('imf')).toBeUndefined();
  });

  it('counts only prose: a headline, a menu line, a line in capitals are left out', () => {
    expect(isProse('Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.')).toBe(true);
    expect(isProse('Spy Plane Furor Sends Politicians Into Frenzy Of Hypocrisy')).toBe(false);
    expect(isProse('Home | News | Sport | Business | Contact Us | About the Paper')).toBe(false);
    expect(isProse('BAHIA COCOA REVIEW SHOWS CROP LATE AND PRICES FIRM THIS WEEK.')).toBe(false);
  });

  it('reads Reuters-21578 stories by NEWID with their paragraphs unwrapped, web pages and gold texts by paragraph', () => {
    const sgm = `<REUTERS TOPICS="YES" NEWID="7"><TEXT><TITLE>X</TITLE><BODY>Showers continued throughout the week in
the Bahia cocoa zone.
    The dry period means the temporao will be late.
 Reuter
&#3;</BODY></TEXT></REUTERS>`;
    expect(sgmStories(sgm)).toEqual([
      { newId: '7', paragraphs: ['Showers continued throughout the week in the Bahia cocoa zone.', 'The dry period means the temporao will be late.'] },
    ]);
    expect(
      htmlParagraphs('<p>No one knows exactly how the<br>collision took place.</p><script>var a;</script><?php include "x" ?><p>Caf&eacute; &amp; bar</p>'),
    ).toEqual(['No one knows exactly how the', 'collision took place.', 'Café & bar']);
    expect(textParagraphs('<h>A heading\n<p>John and Sherry Petersik run a successful\nblog about their life.')).toEqual([
      'A heading',
      'John and Sherry Petersik run a successful\nblog about their life.',
    ]);
  });

  it('writes the table sorted, one word a line, words seen fewer than ten times left out', () => {
    const counts = new Map([
      ['smith', { cap: 12, lower: 0, start: 3, afterIn: 0 }],
      ['bahia', { cap: 9, lower: 1, start: 0, afterIn: 4 }],
      ['cocoa', { cap: 1, lower: 3, start: 0, afterIn: 0 }],
    ]);
    expect(wordCaseTable(counts)).toBe('[\n  "bahia 9 1 4",\n  "smith 12 0"\n]\n');
  });
});

describe('the shipped word-case table', () => {
  it.each([
    ['Reagan', 'name'],
    ['Enron', 'name'],
    ['whole', 'common'],
    ['Committees', 'mixed'],
    ['weapons', 'common'],
    ['union', 'mixed'],
    ['Poepon', 'rare'],
  ] as const)('%s reads %s', (word, reading) => {
    expect(readWordCase(word)).toBe(reading);
  });

  it('answers, from its compact form, what a map of the JSON file answers, for every word of the file', () => {
    // The reading of the file before the table was held compact (one Map, one object per word), made here as it was.
    const lines = JSON.parse(readFileSync('src/annotate/names/locales/en/wordCase/wordCase.json', 'utf8')) as string[];
    const byWord = new Map<string, WordCase>();
    for (const line of lines) {
      const [word, cap, lower, afterIn] = line.split(' ');
      byWord.set(word!, { cap: Number(cap), lower: Number(lower), afterIn: Number(afterIn ?? 0) });
    }
    expect(byWord.size).toBe(23_550);
    expect(wordCaseLines()).toEqual(lines);
    for (const [word, counts] of byWord) {
      // keyed in lower case with a straight apostrophe: a capitalised or curly form is the same word
      for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1), word.replace(/'/g, '’')]) {
        expect(wordCaseOf(form)).toEqual(counts);
        expect(capitalShare(form)).toBe(counts.cap / (counts.cap + counts.lower));
      }
      // what the map did not hold: each word cut short or run on, as the map answered them
      for (const other of [word.slice(0, -1), `${word}s`, `${word}a`, `${word} `, `${word}\n`])
        expect(wordCaseOf(other)).toEqual(byWord.get(other.toLowerCase()));
    }
    for (const absent of ['', '\n', 'zzzzzz', 'aa', '\u{1F600}', 'a-league\nzulu']) {
      expect(wordCaseOf(absent)).toBeUndefined();
      expect(capitalShare(absent)).toBeUndefined();
    }
  });

  it("is written back byte for byte by the fitting script's writer from its own counts (the file's form unchanged)", () => {
    const text = readFileSync('src/annotate/names/locales/en/wordCase/wordCase.json', 'utf8');
    const counts = new Map(
      wordCaseLines().map((line) => {
        const [word, cap, lower, afterIn] = line.split(' ');
        return [word!, { cap: Number(cap), lower: Number(lower), start: 0, afterIn: Number(afterIn ?? 0) }] as const;
      }),
    );
    expect(wordCaseTable(counts)).toBe(text);
  });

  it('refuses a file out of order, and finds every word of a small one by halves', () => {
    expect(() => compactWordCase(['b 1 2', 'a 3 4'])).toThrow(/out of order/);
    expect(() => compactWordCase(['a 1 2', 'a 3 4'])).toThrow(/out of order/);
    const small = compactWordCase(['ab 1 2', 'abc 3 4 5', 'b 6 7', 'zócalo 18 3']);
    expect(['a', 'ab', 'abc', 'abd', 'b', 'c', 'zócalo', 'zz'].map((w) => lookUpWordCase(small, w))).toEqual([
      undefined,
      { cap: 1, lower: 2, afterIn: 0 },
      { cap: 3, lower: 4, afterIn: 5 },
      undefined,
      { cap: 6, lower: 7, afterIn: 0 },
      undefined,
      { cap: 18, lower: 3, afterIn: 0 },
      undefined,
    ]);
    expect(lookUpWordCase(compactWordCase([]), 'a')).toBeUndefined();
  });

  it('holds words seen at least ten times, keyed in lower case', () => {
    expect(wordCaseOf('Reagan')!.cap).toBeGreaterThan(1000);
    expect(wordCaseOf('the')!.lower).toBeGreaterThan(100_000);
  });

  it.each([
    ['Gael Monfils', true],
    ['Lewiston Maineiacs', true],
    ['AFL-CIO', true],
    ['Genocide Convention', false],
    ['Privacy Policy', false],
    ['Casio', false],
    ['Latinos', false],
    ['Albany', false],
  ] as const)('%s: name-like %s', (name, expected) => {
    expect(nameLikeWords(name)).toBe(expected);
  });

  it('tells a place by the share of its uses after "in", and a people\'s plural by its singular', () => {
    expect(placeLikeByWordCase('London')).toBe(true);
    expect(placeLikeByWordCase('Reagan')).toBe(false);
    expect(peoplePluralByWordCase('Muslims')).toBe(true);
    expect(peoplePluralByWordCase('Packers')).toBe(false);
  });
});

describe('the listing rule common-word-listing', () => {
  const entity = (name: string, roles: string[] = []): Entity => ({
    id: name,
    name,
    kind: 'organization',
    aliases: [],
    mentions: [],
    roles: roles.map((text) => ({ text, passageId: 'a#0' })),
    articles: ['a', 'b'],
  });

  it.each([
    ['Whole', false],
    ['Weapons', false],
    ['Union', true],
    ['Reagan', true],
    ['Local Committees', true],
    ['NATO', true],
  ] as const)('%s kept: %s', (name, kept) => {
    expect(commonWordListing.keeps(entity(name))).toBe(kept);
  });

  it('keeps a common word a role describes', () => {
    expect(commonWordListing.keeps(entity('Whole', ['the group']))).toBe(true);
  });
});
