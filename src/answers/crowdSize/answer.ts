import type * as chronoType from 'chrono-node';
import { z } from 'zod';
import type { CrowdClaim } from '../../annotate/crowd/index.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { isStopword, processTerm } from '../../search/terms.js';
import { foldedWords } from '../../text/fold.js';
import type { CrowdSizeOptions } from './options.js';
import { QuoteSchema, quoteOf } from '../quote.js';
import { explainClaim, explainGathering, type ClaimInstance } from '../../explain/crowd.js';
import { ExplainField } from '../../explain/explanation.js';
import { lazyModule } from '../../text/lazyModule.js';
import { every, finish, Memo, sortSteps, type Pause, type Steps } from '../../pipeline/steps.js';

const chrono = lazyModule<typeof chronoType>('chrono-node');

const CrowdSizeClaimSchema = z.object({
  low: z.number(),
  /** null: the claim gives no upper bound ("more than 2.5 million"). */
  high: z.number().nullable(),
  /** The quantity as the article writes it. */
  text: z.string(),
  /** Who the article says gave the figure; null: the publisher's own reporting. */
  claimant: z.string().nullable(),
  quote: QuoteSchema,
  /** With --explain: the rules that made it a claim and named its claimant, in words. */
  explain: ExplainField,
});

/**
 * 'year': the text dates the gathering only to its year ("a 2005 parade"); `date` is then the year's first
 * day and the label names the year. Absent for a gathering of one day.
 */
const PrecisionSchema = z.literal('year').optional();

const CrowdSizeEventSchema = z.object({
  label: z.string(),
  date: z.string().nullable(),
  precision: PrecisionSchema,
  /** The lowest claim's low. */
  low: z.number(),
  /** The highest claim's high; null when the highest claim has no upper bound. */
  high: z.number().nullable(),
  /** Counts of who turned out, ordered by size, smallest first. */
  claims: z.array(CrowdSizeClaimSchema),
  /**
   * What someone expected to turn out ("organisers expected 50,000 to attend"): not counts, and outside
   * low/high. Always given by `crowdSizeAnswer`; optional so answers made before forecasts were told apart still parse.
   */
  forecasts: z.array(CrowdSizeClaimSchema).optional(),
  /** With --explain: the rules that dated, placed and grouped its claims, in words. */
  explain: ExplainField,
});

/** A gathering the articles only forecast: no one says how many turned out. */
const CrowdSizeForecastEventSchema = z.object({
  label: z.string(),
  date: z.string().nullable(),
  precision: PrecisionSchema,
  forecasts: z.array(CrowdSizeClaimSchema),
  explain: ExplainField,
});

export const CrowdSizeAnswerSchema = z.object({
  command: z.literal('crowd-size'),
  /** Gatherings with at least one count of who turned out. */
  events: z.array(CrowdSizeEventSchema),
  /** Gatherings with forecasts only; never part of a range. Always given by `crowdSizeAnswer` (optional as `forecasts`). */
  forecastOnly: z.array(CrowdSizeForecastEventSchema).optional(),
});
export type CrowdSizeAnswer = z.infer<typeof CrowdSizeAnswerSchema>;
export type CrowdSizeEvent = z.infer<typeof CrowdSizeEventSchema>;
export type CrowdSizeForecastEvent = z.infer<typeof CrowdSizeForecastEventSchema>;
export type CrowdSizeClaim = z.infer<typeof CrowdSizeClaimSchema>;

interface EventClaims {
  id: string;
  label: string;
  date: string | null;
  precision?: 'year';
  place: string | null;
  /** Counts of who turned out. */
  claims: CrowdClaim[];
  forecasts: CrowdClaim[];
}

const KIND_RANK = { body: 0, caption: 1, headline: 2 } as const;

/** One article saying the same figure from the same source twice (headline and body) is one claim. */
function distinctClaims(corpus: Corpus, claims: CrowdClaim[]): CrowdClaim[] {
  const best = new Map<string, CrowdClaim>();
  const rank = (c: CrowdClaim) => KIND_RANK[corpus.passageById.get(c.passageId)?.kind ?? 'body'];
  for (const c of claims) {
    const key = JSON.stringify([c.articleId, c.claimant?.toLowerCase() ?? null, c.low, c.high]);
    const kept = best.get(key);
    if (!kept || rank(c) < rank(kept)) best.set(key, c);
  }
  return [...best.values()];
}

function bySize(a: CrowdClaim, b: CrowdClaim): number {
  return a.low - b.low || (a.high ?? Infinity) - (b.high ?? Infinity) || a.articleId.localeCompare(b.articleId) || a.start - b.start;
}

const events = new Memo<Corpus, EventClaims[]>(groupByEvent);

/** The gatherings with their distinct claims, built once per corpus (it is read-only); answers only pick. */
export function crowdEvents(corpus: Corpus): EventClaims[] {
  return events.get(corpus);
}

/** `crowdEvents` as steps of another per-corpus build. */
export function crowdEventsSteps(corpus: Corpus): Steps<EventClaims[]> {
  return events.steps(corpus);
}

/** Builds the gatherings, and the words the `event` option is matched against, in slices. */
export async function warmCrowdEvents(corpus: Corpus, pause?: Pause): Promise<void> {
  await events.warm(corpus, pause);
  await eventWords.warm(corpus, pause);
}

function* groupByEvent(corpus: Corpus): Steps<EventClaims[]> {
  const tick = every(512);
  const byId = new Map<string, EventClaims>();
  for (const claim of corpus.annotations.crowd) {
    const e = byId.get(claim.event.id) ?? { ...claim.event, claims: [], forecasts: [] };
    (claim.forecast ? e.forecasts : e.claims).push(claim);
    byId.set(claim.event.id, e);
    if (tick()) yield;
  }
  const distinct: EventClaims[] = [];
  for (const e of byId.values()) {
    distinct.push({ ...e, claims: distinctClaims(corpus, e.claims).sort(bySize), forecasts: distinctClaims(corpus, e.forecasts).sort(bySize) });
    // A step per gathering: a large one has thousands of claims to tell apart.
    yield;
  }
  return yield* sortSteps(
    distinct,
    (a, b) =>
      b.claims.length - a.claims.length ||
      b.forecasts.length - a.forecasts.length ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      a.label.localeCompare(b.label),
  );
}

/** A date in the option ("24 January", "Dec. 31", "2019-12-31"): month and day, and the year when given. */
function dateIn(text: string): { text: string; month: number; day: number; year: number | null } | null {
  // An ISO date first: chrono-node reads "2020-01-24 march" as 1 March.
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return { text: iso[0], year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const found = chrono()
    .strict.parse(text)
    .find((r) => r.start.isCertain('day') && r.start.isCertain('month'));
  if (!found) return null;
  return {
    text: found.text,
    month: found.start.get('month')!,
    day: found.start.get('day')!,
    year: found.start.isCertain('year') ? found.start.get('year')! : null,
  };
}

function terms(text: string): Set<string> {
  return new Set(
    foldedWords(text)
      .filter((w) => !isStopword(w))
      .flatMap((w) => processTerm(w) ?? []),
  );
}

// Derived from a gathering (itself built once per read-only corpus), keyed weakly by it: not state.
const termsCache = new WeakMap<EventClaims, { strong: Set<string>; weak: Set<string> }>();

/** An event's words: its label and place (strong), its passages and claimants (weak); computed once. */
function eventTerms(corpus: Corpus, e: EventClaims): { strong: Set<string>; weak: Set<string> } {
  return termsCache.get(e) ?? finish(eventTermsSteps(corpus, e));
}

function* eventTermsSteps(corpus: Corpus, e: EventClaims): Steps<{ strong: Set<string>; weak: Set<string> }> {
  const strong = terms([e.label, e.place ?? ''].join(' '));
  // The words of each text in turn: the same set, in the same order, as the words of them all joined by spaces.
  const weak = new Set<string>();
  const tick = every(64);
  for (const text of [...e.claims.map((c) => corpus.passageById.get(c.passageId)?.text ?? ''), ...e.claims.map((c) => c.claimant ?? '')]) {
    for (const t of terms(text)) weak.add(t);
    if (tick()) yield;
  }
  const cached = { strong, weak };
  termsCache.set(e, cached);
  return cached;
}

/** Every event's words ahead of the first `event` lookup, which on a large corpus would otherwise pay for them all. */
const eventWords = new Memo<Corpus, true>(function* (corpus) {
  for (const e of yield* events.steps(corpus)) {
    if (!termsCache.has(e)) yield* eventTermsSteps(corpus, e);
    yield;
  }
  return true;
});

/** The one event the `event` option names, by date, by words, or both. */
function pickEvent(corpus: Corpus, events: EventClaims[], query: string): EventClaims | undefined {
  const date = dateIn(query);
  let candidates = events;
  if (date) {
    candidates = events.filter((e) => {
      if (!e.date) return false;
      const [y, m, d] = e.date.split('-').map(Number);
      return m === date.month && d === date.day && (date.year === null || y === date.year);
    });
  }
  const wanted = terms(date ? query.replace(date.text, ' ') : query);
  if (!wanted.size) return candidates[0];
  const scored = candidates.map((e) => {
    const { strong, weak } = eventTerms(corpus, e);
    let score = 0;
    for (const t of wanted) score += strong.has(t) ? 2 : weak.has(t) ? 1 : 0;
    return { e, score };
  });
  const top = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || b.e.claims.length - a.e.claims.length)[0];
  // A date that names a gathering wins over words that describe it differently ("the protest on 31 December").
  return top?.e ?? (date ? candidates[0] : undefined);
}

const claimInstance = (corpus: Corpus, claim: CrowdClaim): ClaimInstance => ({ claim, published: corpus.articleById.get(claim.articleId)?.published ?? null });

function claimAnswers(corpus: Corpus, claims: CrowdClaim[], explain: boolean): CrowdSizeClaim[] {
  return claims.flatMap((c) => {
    const passage = corpus.passageById.get(c.passageId);
    if (!passage) return [];
    return [
      {
        low: c.low,
        high: c.high,
        text: c.text,
        claimant: c.claimant,
        quote: quoteOf(corpus, passage),
        ...(explain ? { explain: explainClaim(claimInstance(corpus, c)) } : {}),
      },
    ];
  });
}

/** With --explain, how the gathering's claims were dated, placed and grouped. */
function gatheringExplain(corpus: Corpus, e: EventClaims, explain: boolean): { explain?: CrowdSizeEvent['explain'] } {
  if (!explain) return {};
  return { explain: explainGathering({ ...e, claims: [...e.claims, ...e.forecasts].map((c) => claimInstance(corpus, c)) }) };
}

function eventAnswer(corpus: Corpus, e: EventClaims, explain: boolean): CrowdSizeEvent {
  const claims = claimAnswers(corpus, e.claims, explain);
  const bounded = claims.filter((c) => c.high !== null).map((c) => c.high!);
  const topBounded = bounded.length ? Math.max(...bounded) : null;
  const topOpen = claims.filter((c) => c.high === null).map((c) => c.low);
  // The highest claim decides: an open-ended one at the top ("more than 2.5 million") leaves no upper bound.
  const high = topOpen.length && (topBounded === null || Math.max(...topOpen) >= topBounded) ? null : topBounded;
  return {
    label: e.label,
    date: e.date,
    ...(e.precision ? { precision: e.precision } : {}),
    low: claims.length ? Math.min(...claims.map((c) => c.low)) : 0,
    high,
    claims,
    forecasts: claimAnswers(corpus, e.forecasts, explain),
    ...gatheringExplain(corpus, e, explain),
  };
}

/**
 * Every crowd-size estimate per gathering, with who gave it and the passage it is in; no winner is picked.
 * Forecasts are shown beside the counts of the same gathering, never inside their range.
 */
export function crowdSizeAnswer(corpus: Corpus, options: CrowdSizeOptions): CrowdSizeAnswer {
  const all = crowdEvents(corpus);
  const chosen = options.event === undefined ? all : [pickEvent(corpus, all, options.event)].flatMap((e) => (e ? [e] : []));
  const counted = chosen.filter((e) => e.claims.length > 0).slice(0, options.limit);
  const forecastOnly = chosen.filter((e) => e.claims.length === 0 && e.forecasts.length > 0).slice(0, options.limit);
  const explain = options.explain === true;
  return {
    command: 'crowd-size',
    events: counted.map((e) => eventAnswer(corpus, e, explain)),
    forecastOnly: forecastOnly.map((e) => ({
      label: e.label,
      date: e.date,
      ...(e.precision ? { precision: e.precision } : {}),
      forecasts: claimAnswers(corpus, e.forecasts, explain),
      ...gatheringExplain(corpus, e, explain),
    })),
  };
}
