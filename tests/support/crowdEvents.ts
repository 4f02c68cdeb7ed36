import { assignCrowdEventsWith, EVENT_RULES, type EventRules } from '../../src/annotate/crowd/locales/en/events/assign.js';
import { en } from '../../src/annotate/crowd/locales/en/index.js';
import type { Rule } from '../../src/annotate/core/rules.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { writeCorpus } from './corpus.js';

/** The gathering of each claim of a corpus made of `files`: "figure → label @ date", by the event rules `rules`. */
export async function crowdEventsOf(files: Record<string, string>, rules: EventRules = EVENT_RULES): Promise<string[]> {
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  const found = corpus.passages.flatMap((p) => en.findClaims(p));
  for (const refiner of en.refiners) refiner.refine(found, corpus.passages);
  const eventOf = assignCrowdEventsWith(rules, found, corpus.articles, corpus.passages, corpus.annotations.dates);
  return found.map((c) => {
    const event = eventOf.get(c);
    return event ? `${c.text} → ${event.label} @ ${event.date ?? 'undated'}` : `${c.text} → no gathering`;
  });
}

/** Each claim's gathering id ("figure → id"), to tell apart two gatherings with one label. */
export async function crowdEventIdsOf(files: Record<string, string>, rules: EventRules = EVENT_RULES): Promise<string[]> {
  const { corpus } = await loadCorpus(writeCorpus(files), { snapshot: false });
  const found = corpus.passages.flatMap((p) => en.findClaims(p));
  for (const refiner of en.refiners) refiner.refine(found, corpus.passages);
  const eventOf = assignCrowdEventsWith(rules, found, corpus.articles, corpus.passages, corpus.annotations.dates);
  return found.map((c) => `${c.text} → ${eventOf.get(c)?.id ?? 'none'}`);
}

/** The event rules without `rule` (wherever it is in them). */
export function eventRulesWithout(rule: Rule, rules: EventRules = EVENT_RULES): EventRules {
  const without = <R extends Rule>(list: readonly R[]) => list.filter((r) => r !== rule);
  return { dating: without(rules.dating), locate: without(rules.locate), day: without(rules.day), group: without(rules.group) };
}

/** An article file: front matter with a title and a publication date, then the body. */
export const article = (published: string, body: string, title = 'A report') =>
  `---\ntitle: ${title}\npublisher: Test Wire\npublished: ${published}\n---\n${body}\n`;
