import type { EvidenceRule } from './context.js';

/**
 * "told The Intercept", "performed with The Rolling Stones", "told The Associated Press": "The" capitalised in
 * mid-sentence is part of the name after it, which papers, bands and some bodies write so; a person's name never is.
 * After a quote mark or a colon it opens a quotation or a title ('"The Nanny" star'), which the tokens mark as a start.
 */
export const capitalTheBefore: EvidenceRule = {
  name: 'capital-the-before',
  reason:
    'A capitalised "The" in mid-sentence ("told The Intercept", "The Rolling Stones") is written only as part of a paper\'s, a band\'s or a body\'s name; with "the" counted as weak evidence, such a one-word name ("The Intercept") was left out as of no known kind.',
  weigh({ before, span }, tally) {
    if (!before || before.text !== 'The' || before.sentenceStart || span.nameFrom > span.from) return;
    tally.org += 1;
  },
};
