/**
 * Words that tell a happening took place: a verdict, an election, a resignation, a death, a
 * signature, a launch (`happening-words`, read by the day ranking's `happeningWords` feature).
 *
 * Why: a key day that few articles name is still told with the word of what happened on it ("was
 * sentenced on 30 May", "resigned on Tuesday"), while a busy day the journalists did not keep is
 * often told with words of talk and expectation ("said on Monday", "is expected Friday"). The list is
 * of kinds of happening any story may hold, never one story's: no name, place or number. Words are
 * matched whole and lower-cased; nouns stand beside their verbs ("the verdict", "his resignation").
 * Talk ("said", "told", "met") is left out: every day has it.
 */
export const HAPPENING_WORDS: ReadonlySet<string> = new Set(
  `sentenced sentencing convicted conviction acquitted acquittal verdict jailed imprisoned charged indicted indictment
  arrested arrest detained extradited extradition released freed pardoned
  elected election reelected inaugurated inauguration sworn appointed appointment nominated nomination
  resigned resignation quit ousted impeached impeachment dismissed fired sacked
  died death dies killed assassinated assassination funeral buried born birth married wedding divorced engaged
  won defeated lost victory defeat
  announced announcement unveiled launched launch founded opened closed
  signed approved passed vetoed ratified banned suspended stripped awarded crowned
  ruled ruling pleaded plea testified sued lawsuit filed settled settlement confessed admitted
  declared bankruptcy collapsed withdrew withdrawal invaded attacked bombed crashed
  overturned upheld appealed appeal`.split(/\s+/),
);
