import type { CrowdClaim } from '../annotate/crowd/types.js';
import { CROWD_RULES } from '../annotate/crowd/index.js';
import { EVENT_RULES } from '../annotate/crowd/locales/en/events/assign.js';
import { CLUSTER_RULES } from '../annotate/crowd/locales/en/events/rules/splitByPlace.js';
import { distinct, explainRules, longDate, lowerFirst, periodWords, reportOf, type Explanation, type TextBuilder } from './explanation.js';

/** One crowd claim as --explain tells of it, with its report's publication date. */
export interface ClaimInstance {
  claim: Pick<CrowdClaim, 'text' | 'counted' | 'claimant' | 'forecast' | 'rules'>;
  published: string | null;
}

/** The rules that place claims in their gathering: dating, locating, splitting a day by place, grouping days. */
export const GATHERING_RULE_NAMES: ReadonlySet<string> = new Set(
  [...EVENT_RULES.dating, ...EVENT_RULES.locate, ...EVENT_RULES.day, ...CLUSTER_RULES, ...EVENT_RULES.group].map((r) => r.name),
);

const figure = ({ claim }: ClaimInstance) => `'${claim.text}'`;
const by = ({ claim }: ClaimInstance) => (claim.claimant ? `'${claim.claimant}'` : 'no one');

/** The sentence of each claim and claimant rule that has one of its own; the others say their reason. */
export const CLAIM_TEXTS: Record<string, TextBuilder<ClaimInstance>> = {
  'people-noun': (c) => `${figure(c)} counts '${c.claim.counted}', people who gathered: a crowd's size`,
  'strong-crowd': (c) => `${figure(c)}-strong counts '${c.claim.counted}': a crowd's size`,
  'gathering-noun-before': (c) => `${figure(c)} is linked to a gathering noun before it ('${c.claim.counted}'): that gathering's size`,
  'gathering-verb-after': (c) => `${figure(c)} is followed by a gathering verb: it counts people who came`,
  'counted-by-verb': (c) => `${figure(c)} is what a counting verb takes in a clause about a gathering: the crowd's size`,
  'forecast-object': (c) => `${figure(c)} is what a forecast verb takes in a clause about a gathering: the crowd expected`,
  forecast: (c) => `${figure(c)} is what someone expects, not a count of who came: shown apart, outside the range`,
  'attribution-aside': (c) => `${figure(c)} stands in an aside after a count, naming its source (${by(c)}): the same gathering, counted by another`,
  'part-at-place': (c) => `${figure(c)} opens a part of the count before it, at a place of its own, given by whoever gave the whole (${by(c)})`,
  'speech-verb-before': (c) => `${by(c)} is the subject of the nearest speech verb before ${figure(c)} in its clause: the claimant`,
  'claim-noun-after': (c) => `the claim noun after ${figure(c)} names who gave it: ${by(c)}`,
  'pronoun-claimant': (c) => `no one is named, but a pronoun spoke: ${by(c)} gave ${figure(c)}`,
  'according-to-after': (c) =>
    c.claim.claimant
      ? `'according to ${c.claim.claimant}' after ${figure(c)} names its source`
      : `'according to' after ${figure(c)} names no one: the publisher's own reporting`,
  'said-name-after': (c) => `a closing ', said ${c.claim.claimant ?? '…'}' after ${figure(c)} names who gave it`,
  'closing-attribution': (c) => `a closing ', ${c.claim.claimant ?? '…'} said' after ${figure(c)} names who gave it`,
  'pronoun-antecedent': (c) => `the pronoun that gave ${figure(c)} stands for ${by(c)}, the last claimant named in its paragraph`,
};

/** How a claim was found and who gave it, in words (the rules that place it in its gathering are the gathering's). */
export function explainClaim(c: ClaimInstance): Explanation[] {
  const rules = (c.claim.rules ?? []).filter((r) => !GATHERING_RULE_NAMES.has(r));
  return explainRules(CROWD_RULES, rules, c, `${figure(c)} in ${reportOf(c.published)}`, CLAIM_TEXTS);
}

/** One gathering as --explain tells of it: its reference and the claims it holds. */
export interface GatheringInstance {
  label: string;
  date: string | null;
  precision?: 'year';
  claims: ClaimInstance[];
}

/** "3 of its 5 claims ('2 million', 'tens of thousands', …)". */
function claimsWord(g: GatheringInstance, rule: string): string {
  const own = g.claims.filter((c) => c.claim.rules?.includes(rule));
  const texts = [...new Set(own.map((c) => `'${c.claim.text}'`))];
  const listed = texts.length > 3 ? `${texts.slice(0, 3).join(', ')}, …` : texts.join(', ');
  const count =
    own.length === g.claims.length ? (own.length === 1 ? 'its claim' : `all ${own.length} of its claims`) : `${own.length} of its ${g.claims.length} claims`;
  return `${count} (${listed})`;
}

const day = (g: GatheringInstance) => (g.date ? periodWords(g.date, g.precision ?? 'day') : 'no day');

/** The sentence of each gathering rule that has one of its own, given the claims it touched; the others say their reason. */
export const GATHERING_TEXTS: Record<string, (g: GatheringInstance, claims: string) => string> = {
  'sentence-day': (g, claims) => `${claims}: dated by a day in the claim's own sentence, ${day(g)}`,
  'paragraph-gathering-day': (g, claims) => `${claims}: dated by a day a sentence about the gathering in the same paragraph gives, ${day(g)}`,
  'article-gathering-day': (g, claims) => `${claims}: dated by the day the article's sentences about the gathering name most often, ${day(g)}`,
  'paragraph-day': (g, claims) => `${claims}: dated by a day the paragraph gives, ${day(g)}`,
  'publication-day': (g, claims) => `${claims}: no day in the text, so the report's own day${g.date ? `, ${longDate(g.date)}` : ''}`,
  'gathering-year': (g, claims) => `${claims}: about a gathering the text dates to a year, ${day(g)}`,
};

/** How a gathering was dated, placed and grouped, in words: each rule with the claims it touched. */
export function explainGathering(g: GatheringInstance): Explanation[] {
  const names = CROWD_RULES.names().filter((name) => GATHERING_RULE_NAMES.has(name) && g.claims.some((c) => c.claim.rules?.includes(name)));
  return distinct(
    names.map((name) => {
      const claims = claimsWord(g, name);
      const own = Object.hasOwn(GATHERING_TEXTS, name) ? GATHERING_TEXTS[name]!(g, claims) : undefined;
      return { rule: name, text: `${g.label}: ${own ?? `${claims}: ${lowerFirst(CROWD_RULES.get(name)!.reason)}`}` };
    }),
  );
}
