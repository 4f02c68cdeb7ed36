import { z } from 'zod';
import { CROWD_RULES } from '../annotate/crowd/index.js';
import { DATE_RULES } from '../annotate/dates/index.js';
import { NAME_RULES } from '../annotate/names/index.js';
import { TIMELINE_RULES } from '../answers/timeline/dayRanking.js';
import type { RuleRegistry } from '../annotate/core/rules.js';
import { parseIso, weekdayOf } from '../annotate/dates/calendar.js';

/** One rule that made or changed an item of an answer: its name, and what it did here, in words. */
export const ExplanationSchema = z.object({
  /** The rule's name, as its extractor's registry (DATE_RULES, CROWD_RULES, NAME_RULES) or the timeline's (TIMELINE_RULES) lists it. */
  rule: z.string(),
  /** One sentence about this item: the words it read, and what the rule made of them. */
  text: z.string(),
});
export type Explanation = z.infer<typeof ExplanationSchema>;

/** The `explain` field of an answer's item: present only when --explain asked for it (never empty then: tests/explain check it). */
export const ExplainField = z.array(ExplanationSchema).optional();

/** Builds the sentence for one rule on one item; undefined: say the rule's reason after the item's words. */
export type TextBuilder<I> = (item: I) => string | undefined;

/**
 * The explanations of `rules` on `item`: each rule's own builder when it has one, else what the item
 * is (`lead`) followed by the rule's reason. Rules the registry does not know are left out.
 */
export function explainRules<I>(
  registry: RuleRegistry,
  rules: readonly string[],
  item: I,
  lead: string,
  builders: Record<string, TextBuilder<I>>,
): Explanation[] {
  const out: Explanation[] = [];
  for (const name of rules) {
    const rule = registry.get(name);
    if (!rule) continue;
    const own = Object.hasOwn(builders, name) ? builders[name]!(item) : undefined;
    out.push({ rule: name, text: own ?? `${lead}: ${lowerFirst(rule.reason)}` });
  }
  return out;
}

/** Explanations once each (the same rule saying the same of several items of one entry). */
export function distinct(explanations: Explanation[], max = Infinity): Explanation[] {
  const seen = new Set<string>();
  return explanations.filter((e) => !seen.has(`${e.rule}\0${e.text}`) && seen.add(`${e.rule}\0${e.text}`)).slice(0, max);
}

/** A rule's reason after a colon: its first word in lower case unless it is an acronym ("A figure" -> "a figure", "EU" stays), no closing full stop. */
export const lowerFirst = (text: string) => (/^[A-Z](?=[a-z]|\s)/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text).replace(/\.$/, '');

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Friday 24 January 2020". */
export function longDate(iso: string): string {
  const { year, month, day } = parseIso(iso);
  return `${WEEKDAYS[weekdayOf(iso)]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** A date at its precision: "Friday 24 January 2020", "the week of Monday 20 January 2020", "January 2020", "2020". */
export function periodWords(iso: string, precision: string): string {
  const { year, month } = parseIso(iso);
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${MONTHS[month - 1]} ${year}`;
  if (precision === 'week') return `the week of ${longDate(iso)}`;
  return longDate(iso);
}

/** "a report of Friday 24 January 2020", or "a report of unknown date". */
export function reportOf(published: string | null | undefined): string {
  return published ? `a report of ${longDate(published)}` : 'a report of unknown date';
}

/** Every registry --explain names rules from. */
export const REGISTRIES: readonly RuleRegistry[] = [DATE_RULES, CROWD_RULES, NAME_RULES, TIMELINE_RULES];
