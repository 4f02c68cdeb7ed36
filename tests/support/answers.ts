import { ANSWERS, runAnswer } from '../../src/answers/registry.js';
import { autocompleteGatherings } from '../../src/answers/crowdSize/choices.js';
import { autocompleteEntities } from '../../src/answers/who/answer.js';
import { commandInputs, namePrefix, vocabularyOf } from '../../src/bench/workload.js';
import type { Corpus } from '../../src/pipeline/corpus.js';

/** Every command on varied inputs drawn from the corpus, and both autocompletes, as JSON lines: what a user could see. */
export function everyAnswer(corpus: Corpus, vocabularySeed: number, perCommand: number): string[] {
  const vocabulary = vocabularyOf(corpus, vocabularySeed);
  const out: string[] = [];
  for (const spec of ANSWERS) {
    for (const options of commandInputs(spec, vocabulary, perCommand).optionSets)
      out.push(JSON.stringify([spec.name, options, runAnswer(spec, corpus, options)]));
  }
  for (let i = 0; i < perCommand; i++) {
    const typed = namePrefix(vocabulary);
    out.push(JSON.stringify(['autocomplete', typed, autocompleteEntities(corpus, typed), autocompleteGatherings(corpus, typed)]));
  }
  return out;
}
