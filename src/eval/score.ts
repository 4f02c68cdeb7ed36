import type { CrowdClaim } from '../annotate/crowd/index.js';
import type { DateMention } from '../annotate/dates/index.js';
import type { Entity } from '../annotate/names/index.js';
import type { Span } from '../passages/sentences.js';
import type { Passage } from '../passages/types.js';
import { foldText } from '../text/fold.js';
import type { CrowdLabel, DateLabel, EntityLabel } from './labels.js';

/** Counts behind a precision and a recall. */
export interface Counts {
  /** Found and right. */
  tp: number;
  /** Returned but not labelled (or labelled otherwise). */
  fp: number;
  /** Labelled but not returned (or returned otherwise). */
  fn: number;
}

export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export const noCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision and recall of counts; null where the denominator is 0 (nothing returned, nothing labelled). */
export function rates({ tp, fp, fn }: Counts): Rates {
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return { precision, recall, f1 };
}

export const ratio = (part: number, whole: number): number | null => (whole ? part / whole : null);

/** Text compared as a reader compares it: case, diacritics, apostrophes, quotes, dashes and spacing folded. */
export function comparable(text: string): string {
  return foldText(text)
    .replace(/[“”„«»"]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const overlapsText = (a: string, b: string) => {
  const x = comparable(a);
  const y = comparable(b);
  return !!x && !!y && (x.includes(y) || y.includes(x));
};

// ---------------------------------------------------------------- chrome

export interface ChromeLeak {
  chrome: string;
  passage: string;
}

/** Below this many characters a passage is not counted as a piece of a chrome line. */
const MIN_LEAK = 12;
/**
 * A chrome line this short (characters or words) is matched as a whole passage or a passage's end (a credit
 * stuck on a caption), never inside a sentence: "Video" in "surveillance video", a credited name in a sentence about her.
 */
const SHORT_LINE = { chars: 12, words: 4 };

/**
 * Chrome lines of one page that reached a quotable passage: the passage holds the line (a short line only
 * as the whole passage or its end, as a credit stuck on a caption), or is a piece of a longer line.
 */
export function chromeLeaks(chrome: readonly string[], passages: readonly Passage[]): ChromeLeak[] {
  const leaks: ChromeLeak[] = [];
  for (const line of chrome) {
    const wanted = comparable(line);
    const hit = passages.find((p) => {
      const text = comparable(p.text);
      if (wanted.length < SHORT_LINE.chars || wanted.split(' ').length < SHORT_LINE.words)
        return text === wanted || (text.endsWith(wanted) && !/[\p{L}\p{N}]/u.test(text.at(-wanted.length - 1) ?? ''));
      return text.includes(wanted) || (text.length >= MIN_LEAK && wanted.includes(text));
    });
    if (hit) leaks.push({ chrome: line, passage: hit.text });
  }
  return leaks;
}

/**
 * Sentences the passages lost: paragraphs of the article file that end a sentence, have six words or more,
 * became no passage at all, and hold no labelled chrome line. Chrome labels are not exhaustive, so this is
 * a list to read (a real sentence dropped as chrome, or chrome nobody labelled), not a count of errors.
 */
export function droppedSentences(chrome: readonly string[], paragraphs: readonly Span[], text: string, passages: readonly Passage[]): string[] {
  const labelled = chrome.map(comparable);
  return paragraphs
    .filter((p) => !passages.some((q) => q.start < p.end && q.end > p.start))
    .map((p) => text.slice(p.start, p.end).trim())
    .filter((line) => /[.!?]["”’]?$/.test(line) && line.split(/\s+/).length >= 6)
    .filter((line) => {
      const c = comparable(line);
      return !labelled.some((l) => c.includes(l) || l.includes(c));
    });
}

// ---------------------------------------------------------------- dates

export interface DateMiss {
  mention: string;
  expected: string;
  /** What was returned for the mention instead, or null when it was not found. */
  got: string | null;
}

export interface DateScore {
  counts: Counts;
  /** Labelled mentions found with another day. */
  wrongDay: number;
  misses: DateMiss[];
  /** Day mentions returned that no label accounts for. */
  extra: string[];
}

/**
 * Mention-level dates of one article: each labelled day mention is found when a day-precise mention
 * overlapping its text (in a passage holding its context, when given) has its day. A returned day
 * mention no label accounts for is a false positive; one with the wrong day counts as both.
 */
export function scoreDates(labels: readonly DateLabel[], found: readonly DateMention[], passageText: (id: string) => string): DateScore {
  const days = found.filter((d) => d.precision === 'day');
  const used = new Set<DateMention>();
  const counts = noCounts();
  const misses: DateMiss[] = [];
  let wrongDay = 0;
  for (const label of labels) {
    const candidates = days.filter(
      (d) =>
        !used.has(d) && overlapsText(d.text, label.mention) && (!label.context || comparable(passageText(d.passageId)).includes(comparable(label.context))),
    );
    const right = candidates.find((d) => d.date === label.date);
    if (right) {
      used.add(right);
      counts.tp++;
      continue;
    }
    counts.fn++;
    const wrong = candidates[0];
    if (wrong) {
      used.add(wrong);
      counts.fp++;
      wrongDay++;
    }
    misses.push({ mention: label.mention, expected: label.date, got: wrong ? wrong.date : null });
  }
  const extra = days.filter((d) => !used.has(d));
  counts.fp += extra.length;
  return { counts, wrongDay, misses, extra: extra.map((d) => `${d.text} -> ${d.date}`) };
}

// ---------------------------------------------------------------- crowd

export interface CrowdMatch {
  label: CrowdLabel;
  claim: CrowdClaim;
}

export interface CrowdScore {
  counts: Counts;
  matches: CrowdMatch[];
  /** Matched claims whose claimant is the labelled one. */
  claimantsRight: number;
  missed: string[];
  extra: string[];
}

/** The claimant a careful reader names: null (the publisher's own reporting) or a phrase, compared by containment either way. */
export function claimantRight(label: CrowdLabel['claimant'], got: string | null): boolean {
  return (Array.isArray(label) ? label : [label]).some((l) => (l === null || got === null ? l === got : overlapsText(l, got)));
}

/**
 * Crowd claims of one article: a labelled figure is found by a claim whose quantity overlaps its text
 * (in a passage holding its context, when given) or has its range.
 */
export function scoreCrowd(labels: readonly CrowdLabel[], found: readonly CrowdClaim[], passageText: (id: string) => string): CrowdScore {
  const used = new Set<CrowdClaim>();
  const matches: CrowdMatch[] = [];
  const missed: string[] = [];
  for (const label of labels) {
    const inContext = found.filter((c) => !used.has(c) && (!label.context || comparable(passageText(c.passageId)).includes(comparable(label.context))));
    const claim = inContext.find((c) => overlapsText(c.text, label.figure)) ?? inContext.find((c) => c.low === label.low && c.high === label.high && !c.vague);
    if (claim) {
      used.add(claim);
      matches.push({ label, claim });
    } else missed.push(label.figure);
  }
  const extra = found.filter((c) => !used.has(c)).map((c) => `${c.text} (${c.claimant ?? 'no claimant'})`);
  return {
    counts: { tp: matches.length, fp: extra.length, fn: missed.length },
    matches,
    claimantsRight: matches.filter((m) => claimantRight(m.label.claimant, m.claim.claimant)).length,
    missed,
    extra,
  };
}

export interface GatheringScore {
  /** Labelled gatherings with a claim found. */
  gatherings: number;
  /** Of those, the gatherings whose found claims all sit in one event. */
  whole: number;
  /** Events holding found claims. */
  events: number;
  /** Of those, the events whose claims come from two labelled gatherings or more. */
  mixed: number;
  split: string[];
  mixing: string[];
}

/** Gathering purity over the whole set: every gathering's claims in one event, no event holding two gatherings. */
export function scoreGatherings(matches: readonly CrowdMatch[]): GatheringScore {
  const eventsOf = new Map<string, Set<string>>();
  const gatheringsOf = new Map<string, Set<string>>();
  const labelOf = new Map<string, string>();
  for (const { label, claim } of matches) {
    labelOf.set(claim.event.id, claim.event.label);
    (eventsOf.get(label.gathering) ?? eventsOf.set(label.gathering, new Set()).get(label.gathering)!).add(claim.event.id);
    (gatheringsOf.get(claim.event.id) ?? gatheringsOf.set(claim.event.id, new Set()).get(claim.event.id)!).add(label.gathering);
  }
  const split = [...eventsOf].filter(([, e]) => e.size > 1).map(([g, e]) => `${g}: ${[...e].map((id) => labelOf.get(id)).join(' | ')}`);
  const mixing = [...gatheringsOf].filter(([, g]) => g.size > 1).map(([e, g]) => `${labelOf.get(e)}: ${[...g].join(' + ')}`);
  return { gatherings: eventsOf.size, whole: eventsOf.size - split.length, events: gatheringsOf.size, mixed: mixing.length, split, mixing };
}

// ---------------------------------------------------------------- who

export interface WhoScore {
  entities: number;
  found: number;
  spellings: number;
  spellingsJoined: number;
  roles: number;
  rolesFound: number;
  missed: string[];
  unjoined: string[];
  rolesMissed: string[];
}

/** A name compared as a reader compares it, its leading article aside: "The New York Times" is "New York Times". */
const nameComparable = (name: string) => comparable(name).replace(/^the /, '');
const namesOf = (e: Entity) => [e.name, ...e.aliases].map(nameComparable);
/** A role compared with its leading article aside: "a spokesman for the police" is stated by "spokesman for the police". */
const roleComparable = (role: string) => comparable(role).replace(/^(?:a|an|the) /, '');

/**
 * People and organisations of one article. An entity is found when an entity the article mentions
 * carries one of its spellings; its spellings are joined when that entity (the one carrying most of
 * them) carries each; a stated role is found when one of that entity's roles contains it, its leading article aside.
 */
export function scoreWho(labels: readonly EntityLabel[], entities: readonly Entity[], articleId: string): WhoScore {
  const here = entities.filter((e) => e.articles.includes(articleId));
  const score: WhoScore = { entities: 0, found: 0, spellings: 0, spellingsJoined: 0, roles: 0, rolesFound: 0, missed: [], unjoined: [], rolesMissed: [] };
  for (const label of labels) {
    const spellings = [...new Set(label.spellings.map(nameComparable))];
    score.entities++;
    score.spellings += spellings.length;
    score.roles += label.roles.length;
    let best: Entity | null = null;
    let bestCount = 0;
    for (const e of here) {
      const names = new Set(namesOf(e));
      const count = spellings.filter((s) => names.has(s)).length;
      if (count > bestCount) [best, bestCount] = [e, count];
    }
    if (!best) {
      score.missed.push(label.name);
      score.rolesMissed.push(...label.roles.map((r) => `${label.name}: ${r}`));
      continue;
    }
    score.found++;
    score.spellingsJoined += bestCount;
    if (bestCount < spellings.length) {
      const names = new Set(namesOf(best));
      score.unjoined.push(`${label.name}: ${label.spellings.filter((s) => !names.has(nameComparable(s))).join(', ')}`);
    }
    const roles = best.roles.map((r) => comparable(r.text));
    for (const role of label.roles) {
      if (roles.some((r) => r.includes(roleComparable(role)))) score.rolesFound++;
      else score.rolesMissed.push(`${label.name}: ${role}`);
    }
  }
  return score;
}

export interface ListingScore {
  /** Entries looked at: the first `LISTING_TOP` of the listing, or fewer when it is shorter. */
  listed: number;
  /** Entries whose name is no labelled spelling of a person or organisation of the pages. */
  junk: string[];
  /** Each entry as the listing shows it, with its article count (a reader checks the rule and the order with it). */
  entries: Array<{ name: string; articles: number; junk: boolean }>;
}

/** How much of the `who` listing's head is judged: the first screenfuls a reader sees. */
export const LISTING_TOP = 40;

/**
 * Junk in the head of the `who` listing: an entry is junk when the name it shows (folded, a leading
 * "The" aside) is no spelling of any person or organisation labelled on the pages listed. So places,
 * products, single letters, fragments ("Whole"), a title glued to a name ("Spokesman Jane Roe") and
 * a name cut short to a word no label spells are junk; a surname the page uses alone ("Yellen") is not.
 */
export function scoreListing(entries: ReadonlyArray<{ name: string; articles: number }>, labels: readonly EntityLabel[]): ListingScore {
  const spelt = new Set(labels.flatMap((l) => l.spellings.map(nameComparable)));
  const judged = entries.slice(0, LISTING_TOP).map((e) => ({ name: e.name, articles: e.articles, junk: !spelt.has(nameComparable(e.name)) }));
  return { listed: judged.length, junk: judged.filter((e) => e.junk).map((e) => e.name), entries: judged };
}
