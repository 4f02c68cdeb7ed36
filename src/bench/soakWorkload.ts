import type { Corpus } from '../pipeline/corpus.js';
import { namePrefix, textQuery, vocabularyOf, type Vocabulary } from './workload.js';

/**
 * What the soak sends: a community's mix of answer commands, autocompletes and page-button clicks,
 * drawn from the corpus the bot serves (the bench's vocabulary: its words, names and dates), with a
 * few inputs a user gets wrong (a date that is not one).
 */

export type SoakKind = 'command' | 'autocomplete' | 'button';

export interface PlannedCommand {
  kind: 'command';
  /** A label for the report: the command, and which form of it (`who+name`, `crowd-size`). */
  label: string;
  name: string;
  options: Record<string, string | number | boolean>;
}

export interface PlannedAutocomplete {
  kind: 'autocomplete';
  label: string;
  name: string;
  focused: string;
  options: Record<string, string | number | boolean>;
}

/** A click on a page button of an earlier paged answer (the run picks which one). */
export interface PlannedButton {
  kind: 'button';
  label: 'page-button';
}

export type PlannedInteraction = PlannedCommand | PlannedAutocomplete | PlannedButton;

/** Words a member types into /crowd-size's `event` when asking about a gathering. */
const GATHERINGS = ['march', 'protest', 'rally', 'crowd', 'funeral', 'demonstration', 'procession', 'vigil'];
/** Dates as people type them, some of which are not dates at all (answered privately, saying so). */
const ODD_DATES = ['yesterday', 'last friday', 'not a date', '2020-13-45', 'January 3'];

type Maker = (v: Vocabulary, stories: readonly string[]) => PlannedInteraction;

const command = (label: string, name: string, options: PlannedCommand['options']): PlannedCommand => ({ kind: 'command', label, name, options });

/** Adds `story:` a tenth of the time, with a value the story autocomplete offered. */
function maybeStory(v: Vocabulary, stories: readonly string[], options: PlannedCommand['options']): PlannedCommand['options'] {
  return stories.length && v.rng.chance(0.1) ? { ...options, story: v.rng.pick(stories) } : options;
}

function timeline(v: Vocabulary, stories: readonly string[]): PlannedCommand {
  const options: PlannedCommand['options'] = {};
  if (v.rng.chance(0.3)) options.from = v.rng.chance(0.1) ? v.rng.pick(ODD_DATES) : v.rng.pick(v.dates);
  if (v.rng.chance(0.2)) options.to = v.rng.pick(v.dates);
  if (v.rng.chance(0.3)) options.about = textQuery(v, v.rng.pick(['words', 'name', 'prefix'] as const)).text;
  if (v.rng.chance(0.3)) options.limit = v.rng.pick([3, 5, 10, 25, 100]);
  return command(Object.keys(options).length ? 'timeline+options' : 'timeline', 'timeline', maybeStory(v, stories, options));
}

/** [weight, maker]: commands about two thirds, autocompletes a quarter, page turns the rest. */
const MIX: Array<[number, Maker]> = [
  [12, timeline],
  [4, (v, s) => command('crowd-size', 'crowd-size', maybeStory(v, s, v.rng.chance(0.3) ? { limit: v.rng.int(1, 25) } : {}))],
  [4, (v, s) => command('crowd-size+event', 'crowd-size', maybeStory(v, s, { event: v.rng.chance(0.6) ? v.rng.pick(GATHERINGS) : textQuery(v).text }))],
  [5, (v, s) => command('who', 'who', maybeStory(v, s, v.rng.chance(0.3) ? { limit: v.rng.int(1, 100) } : {}))],
  [5, (v, s) => command('who+name', 'who', maybeStory(v, s, { name: v.rng.chance(0.8) ? v.rng.pick(v.names.length ? v.names : v.words) : namePrefix(v) }))],
  [
    16,
    (v, s) => command('search', 'search', maybeStory(v, s, { query: textQuery(v).text, ...(v.rng.chance(0.3) ? { limit: v.rng.pick([1, 5, 10, 25]) } : {}) })),
  ],
  [5, (v, s) => command('sources', 'sources', maybeStory(v, s, v.rng.chance(0.5) ? { limit: v.rng.pick([1, 10, 100, 10_000]) } : {}))],
  [5, (v, s) => command('summary', 'summary', maybeStory(v, s, v.rng.chance(0.4) ? { limit: v.rng.int(1, 20) } : {}))],
  [3, () => command('help', 'help', {})],
  [9, (v) => ({ kind: 'autocomplete', label: 'autocomplete who.name', name: 'who', focused: 'name', options: { name: namePrefix(v) } })],
  [
    8,
    (v) => ({
      kind: 'autocomplete',
      label: 'autocomplete crowd-size.event',
      name: 'crowd-size',
      focused: 'event',
      options: { event: v.rng.pick(GATHERINGS).slice(0, v.rng.int(0, 4)) },
    }),
  ],
  [
    8,
    (v) => {
      const name = v.rng.pick(['timeline', 'who', 'crowd-size', 'search', 'sources', 'summary']);
      return { kind: 'autocomplete', label: 'autocomplete story', name, focused: 'story', options: { story: v.rng.pick(['', '', 's', 'sa', 'x']) } };
    },
  ],
  [10, () => ({ kind: 'button', label: 'page-button' })],
];
const TOTAL_WEIGHT = MIX.reduce((s, [w]) => s + w, 0);

export class SoakWorkload {
  readonly vocabulary: Vocabulary;
  /** Story values the story autocomplete has offered so far (the sample's, at least). */
  readonly stories: string[] = [];

  constructor(corpus: Corpus, seed: number) {
    this.vocabulary = vocabularyOf(corpus, seed);
  }

  next(): PlannedInteraction {
    let r = this.vocabulary.rng.next() * TOTAL_WEIGHT;
    for (const [weight, make] of MIX) {
      r -= weight;
      if (r < 0) return make(this.vocabulary, this.stories);
    }
    return MIX[0]![1](this.vocabulary, this.stories);
  }

  /** Any answer command, for when a planned page turn has no paged answer to click on yet. */
  nextCommand(): PlannedCommand {
    for (;;) {
      const planned = this.next();
      if (planned.kind === 'command') return planned;
    }
  }

  learnStories(choices: unknown[] | undefined): void {
    for (const c of choices ?? []) {
      const value = (c as { value?: unknown }).value;
      if (typeof value === 'string' && value && !this.stories.includes(value) && this.stories.length < 20) this.stories.push(value);
    }
  }

  pick<T>(items: readonly T[]): T {
    return this.vocabulary.rng.pick(items);
  }

  chance(p: number): boolean {
    return this.vocabulary.rng.chance(p);
  }
}
