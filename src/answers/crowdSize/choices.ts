import type { Corpus } from '../../pipeline/corpus.js';
import { foldedWords } from '../../text/fold.js';
import { every, Memo, type Pause } from '../../pipeline/steps.js';
import { crowdEventsSteps } from './answer.js';

/** A suggestion shown as `name` that fills the option with `value`. */
export interface OptionChoice {
  name: string;
  value: string;
}

const CHOICES_MAX = 25;
const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2000, m, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' }));

interface GatheringChoice extends OptionChoice {
  words: string[];
}

/**
 * Every gathering with a count or a forecast, most claims first, as the
 * `event` option of /crowd-size picks it: the value is its label and date,
 * which pick that one gathering; the name adds how many estimates it has.
 * Built once per corpus.
 */
const choices = new Memo<Corpus, GatheringChoice[]>(function* (corpus) {
  const out: GatheringChoice[] = [];
  const tick = every(256);
  for (const e of yield* crowdEventsSteps(corpus)) {
    const value = [e.label, e.date].filter(Boolean).join(' ');
    const count = e.claims.length
      ? `${e.claims.length} estimate${e.claims.length === 1 ? '' : 's'}`
      : `${e.forecasts.length} forecast${e.forecasts.length === 1 ? '' : 's'}`;
    const [year, month, day] = (e.date ?? '').split('-').map(Number);
    const when = !e.date ? 'date unknown' : e.precision === 'year' ? String(year) : e.date;
    const spelled = !e.date || e.precision === 'year' ? '' : `${day} ${MONTHS[month! - 1]} ${year}`;
    out.push({
      name: [e.label, when, count].join(' · '),
      value,
      words: foldedWords([e.label, e.place ?? '', when, spelled].join(' ')),
    });
    if (tick()) yield;
  }
  return out;
});

function gatheringChoices(corpus: Corpus): GatheringChoice[] {
  return choices.get(corpus);
}

/** Builds the suggestions for /crowd-size's `event` in slices. */
export async function warmGatheringChoices(corpus: Corpus, pause?: Pause): Promise<void> {
  await choices.warm(corpus, pause);
}

/**
 * Suggestions for /crowd-size's `event` as the user types: the gatherings
 * whose label, place or date has a word starting with each typed word
 * ("bagh", "24 jan", "embassy"); with nothing typed, the most reported.
 */
export function autocompleteGatherings(corpus: Corpus, typed: string): OptionChoice[] {
  const wanted = foldedWords(typed);
  return gatheringChoices(corpus)
    .filter((c) => wanted.every((w) => c.words.some((word) => word.startsWith(w))))
    .slice(0, CHOICES_MAX)
    .map(({ name, value }) => ({ name, value }));
}
