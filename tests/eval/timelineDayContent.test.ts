import { describe, expect, it } from 'vitest';
import { insideQuotation } from '../../src/eval/timelines/dayContent.js';
import { HAPPENING_WORDS } from '../../src/eval/timelines/happeningWords.js';
import { tokenize } from '../../src/search/terms.js';

/** Whether the day's date phrase (the first `Friday`-like word given) sits inside quoted speech. */
const quoted = (text: string, word: string) => insideQuotation(text, text.indexOf(word));

describe('insideQuotation: a day told in quoted speech or by the reporter', () => {
  it.each([
    ['He said: "The vote is on Friday."', 'Friday', true],
    ['“We will meet again on Monday,” she said.', 'Monday', true],
    // A quotation the sentence before opened, closed here.
    ['It was all over by Friday," she added.', 'Friday', true],
    ['It was all over by Friday,” she added.', 'Friday', true],
    // The tokenized reports of the evaluation set: spaces inside the quotes.
    ['" The ruling of March 9 is final , " his lawyer said .', 'March', true],
  ])('inside: %s', (text, word, inside) => expect(quoted(text, word)).toBe(inside));

  it.each([
    ['The vote is on Friday, the court said.', 'Friday', false],
    ['"We won," he said on Friday.', 'Friday', false],
    ['“We won,” she said on Monday.', 'Monday', false],
    // Apostrophes are no quotes.
    ["The court's ruling on Friday was read out in the defendant's absence.", 'Friday', false],
    // A quote that opens after the date: the date is the reporter's.
    ['On Friday he told reporters: "It is over."', 'Friday', false],
    ['On Friday he told reporters: “It is over.”', 'Friday', false],
  ])('outside: %s', (text, word, inside) => expect(quoted(text, word)).toBe(inside));
});

describe('happening words', () => {
  it('hold kinds of happening any story may tell, found by the search tokenizer', () => {
    const found = (sentence: string) => tokenize(sentence).some((w) => HAPPENING_WORDS.has(w));
    expect(found('He was sentenced to 50 years on Wednesday.')).toBe(true);
    expect(found('The prime minister resigned on Tuesday.')).toBe(true);
    expect(found('She was re-elected in a landslide.')).toBe(true);
    // Talk and expectation are not happenings.
    expect(found('He said on Monday that talks would go on.')).toBe(false);
    expect(found('The committee is expected to meet next week.')).toBe(false);
    // Words only: no names, places or numbers.
    for (const w of HAPPENING_WORDS) expect(w).toMatch(/^[a-z-]+$/);
  });
});
