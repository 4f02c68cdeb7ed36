import { RuleRegistry, type Rule } from '../../annotate/core/rules.js';
import {
  ABOUT_WORDS,
  CROWD_NOUNS,
  DATE_NOUNS,
  GATHERING_VERBS,
  GATHERINGS,
  HAPPENED,
  HOW_BIG,
  HOW_MANY,
  NOT_A_CROWD,
  countsPeople,
  WHICH,
  WHO_VERBS,
} from './words.js';

/** The answers a question can be routed to. */
export const ENGINES = ['crowd-size', 'timeline', 'who', 'search'] as const;
export type Engine = (typeof ENGINES)[number];

/**
 * A routing rule: where in the question's words its cue starts (-1: no cue).
 * Strong rules compete by position, the earliest cue winning (a question of
 * several clauses is read by its first ask); weak ones are asked, in order,
 * only when no strong rule has a cue.
 */
export interface RouteRule extends Rule {
  readonly engine: Engine;
  readonly tier: 'strong' | 'weak';
  cueAt(words: readonly string[], hasDate: boolean): number;
}

const AUXILIARIES = new Set(['did', 'was', 'were', 'is', 'does', 'do', 'will', 'are', 'has', 'had', 'have', 'exactly', 'will']);

/** The first index i where `test(i)` holds, or -1. */
function firstIndex(words: readonly string[], test: (i: number) => boolean): number {
  for (let i = 0; i < words.length; i++) if (test(i)) return i;
  return -1;
}

const within = (words: readonly string[], from: number, span: number, set: ReadonlySet<string> | ((word: string) => boolean)) =>
  words.slice(from, from + span).some(typeof set === 'function' ? set : (w) => set.has(w));

const howManyTurnedOut: RouteRule = {
  name: 'how-many-turned-out',
  reason:
    '"How many" followed by who turns out or a verb of turning out ("how many people marched") asks for a crowd size, unless what is counted is no crowd.',
  engine: 'crowd-size',
  tier: 'strong',
  cueAt: (words) =>
    firstIndex(
      words,
      (i) =>
        words[i] === 'how' &&
        HOW_MANY.includes(words[i + 1] ?? '') &&
        (within(words, i + 2, 3, countsPeople) || within(words, i + 2, 2, GATHERING_VERBS)) &&
        !countsNoCrowd(words, i + 2),
    ),
};

/** Whether what "how many" counts, read up to the verb of turning out ("how many iraqis marched against the americans"), is no crowd ("how many people were killed"). */
function countsNoCrowd(words: readonly string[], from: number): boolean {
  for (const w of words.slice(from, from + 5)) {
    if (NOT_A_CROWD.has(w)) return true;
    if (GATHERING_VERBS.has(w) && !WEAK_VERBS.has(w)) return false;
  }
  return false;
}

/** Verbs that turn out nobody by themselves: "how many people were killed" reads on past "were". */
const WEAK_VERBS = new Set(['were', 'was', 'there', 'went', 'come', 'came', 'took']);

const howBigGathering: RouteRule = {
  name: 'how-big-gathering',
  reason: '"How big" or "how large" with a gathering after it ("how big was the march") asks for its size.',
  engine: 'crowd-size',
  tier: 'strong',
  cueAt: (words) => firstIndex(words, (i) => words[i] === 'how' && HOW_BIG.includes(words[i + 1] ?? '') && within(words, i + 2, 4, GATHERINGS)),
};

const SIZE_WORDS = new Set(['size', 'sizes', 'estimate', 'estimates', 'number', 'numbers', 'figure', 'figures', 'count', 'counts', 'big', 'large', 'huge']);

const crowdNoun: RouteRule = {
  name: 'crowd-size-words',
  reason: 'Turnout or attendance, or a crowd, a march or who marched beside a word of size ("crowd estimates", "number of protesters"), ask for a crowd size.',
  engine: 'crowd-size',
  tier: 'strong',
  cueAt: (words) =>
    firstIndex(words, (i) => {
      const w = words[i]!;
      if (w === 'turnout' || w === 'attendance' || w === 'headcount') return true;
      if (!(CROWD_NOUNS.has(w) || GATHERINGS.has(w) || countsPeople(w)) || NOT_A_CROWD.has(w)) return false;
      const near = [words[i - 3], words[i - 2], words[i - 1], words[i + 1], words[i + 2]];
      return near.some((n) => n !== undefined && SIZE_WORDS.has(n)) && !within(words, Math.max(0, i - 3), 6, NOT_A_CROWD);
    }),
};

const whenAsked: RouteRule = {
  name: 'when-asked',
  reason:
    '"When" opening the question, or followed by "did", "was", "is"... ("since when is", "so when did"), asks for a date; "when" joining two clauses does not.',
  engine: 'timeline',
  tier: 'strong',
  cueAt: (words) => firstIndex(words, (i) => words[i] === 'when' && (i === 0 || AUXILIARIES.has(words[i + 1] ?? '') || words[i - 1] === 'since')),
};

const whichDate: RouteRule = {
  name: 'which-date',
  reason: '"What date", "which day", "what time" ask for a date.',
  engine: 'timeline',
  tier: 'strong',
  cueAt: (words) => firstIndex(words, (i) => WHICH.has(words[i]!) && within(words, i + 1, 2, DATE_NOUNS)),
};

const whatHappened: RouteRule = {
  name: 'what-happened',
  reason: '"What happened" (on a date, since, at a place) asks for the dated happenings.',
  engine: 'timeline',
  tier: 'strong',
  cueAt: (words) => firstIndex(words, (i) => words[i] === 'what' && within(words, i + 1, 2, HAPPENED)),
};

const howLongAgo: RouteRule = {
  name: 'how-long-ago',
  reason: '"How long ago" and "how long since" ask when something happened.',
  engine: 'timeline',
  tier: 'strong',
  cueAt: (words) => firstIndex(words, (i) => words[i] === 'how' && words[i + 1] === 'long' && ['ago', 'since'].includes(words[i + 2] ?? '')),
};

const whoAsked: RouteRule = {
  name: 'who-asked',
  reason:
    '"Who is", "who said", "who leads", "who organised" ask for a person or an organisation, answered by /who when the question names one the articles know.',
  engine: 'who',
  tier: 'strong',
  cueAt: (words) => firstIndex(words, (i) => words[i] === 'who' && WHO_VERBS.has(words[i + 1] ?? '')),
};

const aboutAName: RouteRule = {
  name: 'about-a-name',
  reason: '"What is", "tell me about" ask about a thing: /who answers when the thing is a name the articles know, search otherwise.',
  engine: 'who',
  tier: 'weak',
  cueAt: (words) => {
    const text = ` ${words.join(' ')} `;
    const found = ABOUT_WORDS.map((p) => text.indexOf(` ${p} `)).filter((at) => at >= 0);
    if (!found.length) return -1;
    return text
      .slice(0, Math.min(...found))
      .split(' ')
      .filter(Boolean).length;
  },
};

const datedQuestion: RouteRule = {
  name: 'dated-question',
  reason: 'A question that names a date and asks nothing the rules above read ("events of 31 december") asks what happened then.',
  engine: 'timeline',
  tier: 'weak',
  cueAt: (_words, hasDate) => (hasDate ? 0 : -1),
};

/** The routing rules, strong then weak, in the order a tie between two cues at one place is broken. */
export const ROUTE_RULES: readonly RouteRule[] = [
  howManyTurnedOut,
  howBigGathering,
  crowdNoun,
  whenAsked,
  whichDate,
  whatHappened,
  howLongAgo,
  whoAsked,
  aboutAName,
  datedQuestion,
];

/** What a question the rules above cannot read, and a routed one the answer cannot use, falls back to: never a guess. */
export const FALLBACK_RULES = {
  anythingElse: { name: 'anything-else', reason: 'A question no rule reads is answered by search, never by a guessed answer.' },
  noKnownName: { name: 'no-known-name', reason: 'A question about someone the articles do not name is answered by search, never by the nearest name.' },
  noMatchingGathering: {
    name: 'no-matching-gathering',
    reason: 'A question about a gathering no crowd estimate is given for is answered by search, never by another gathering.',
  },
  nothingDated: {
    name: 'nothing-dated',
    reason: 'A question about a date or happening the articles date nothing for is answered by search, never by another day.',
  },
} as const satisfies Record<string, Rule>;

export const ASK_RULES = new RuleRegistry('ask', [...ROUTE_RULES, ...Object.values(FALLBACK_RULES)]);

/** The rule that decides a question: the strong rule with the earliest cue, else the first weak one with a cue, else none. */
export function routeRule(words: readonly string[], hasDate: boolean): { rule: RouteRule; at: number } | undefined {
  let best: { rule: RouteRule; at: number } | undefined;
  for (const rule of ROUTE_RULES.filter((r) => r.tier === 'strong')) {
    const at = rule.cueAt(words, hasDate);
    if (at >= 0 && (!best || at < best.at)) best = { rule, at };
  }
  if (best) return best;
  for (const rule of ROUTE_RULES.filter((r) => r.tier === 'weak')) {
    const at = rule.cueAt(words, hasDate);
    if (at >= 0) return { rule, at };
  }
  return undefined;
}
