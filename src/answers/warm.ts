import type { Corpus } from '../pipeline/corpus.js';
import { slicedPause, type Pause } from '../pipeline/steps.js';
import { prepareAnswer } from './define.js';
import { ANSWERS } from './registry.js';

// Which corpora's structures are built or being built, keyed weakly by the read-only corpus (as Memo keys
// what it builds): whether they are changes only how fast an answer comes, never what it says.
const warming = new WeakMap<Corpus, Promise<void>>();
const warmed = new WeakSet<Corpus>();

/** Whether `warmAnswers` has finished for this corpus. */
export function answersWarmed(corpus: Corpus): boolean {
  return warmed.has(corpus);
}

/**
 * Every answer's `prepare` (registry.ts): builds the per-corpus structures answers would otherwise build on first use
 * (the timeline's happenings and its `about` filter, the gatherings and their
 * words, the /crowd-size suggestions, the name index and its typo lookup), so
 * a long-running process pays for them once after each load instead of in a
 * user's reply. The work runs in slices of about 20 ms between which the event
 * loop turns, so a bot keeps answering meanwhile; an answer that needs a
 * structure before it is done finishes that one at once. Concurrent calls for
 * one corpus share the work; once done, a call costs nothing.
 */
export function warmAnswers(corpus: Corpus, pause: Pause = slicedPause()): Promise<void> {
  let done = warming.get(corpus);
  if (!done) {
    done = (async () => {
      for (const spec of ANSWERS) await prepareAnswer(spec, corpus, pause);
      warmed.add(corpus);
    })();
    warming.set(corpus, done);
    // A failed warm-up costs only speed: what is missing is built on first use. Forget it so a later call retries.
    done.catch(() => warming.delete(corpus));
  }
  return done;
}
