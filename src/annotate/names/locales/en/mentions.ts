import type { Passage } from '../../../../passages/types.js';
import { datelineLengthGlued } from '../../../../passages/dateline.js';
import { isPlaceWord, lexiconTags } from '../../../core/lexicon.js';
import { noteRule, type RuleTrail } from '../../../core/rules.js';
import { isSpaced } from '../../../core/tokens.js';
import { CORPORATE_SUFFIX, nameKey } from '../../keys.js';
import type { NameMention } from '../../types.js';
import type { EvidenceRule, MentionContext, Tally } from './evidence/context.js';
import { institutionInTitle, institutionInTitleRule } from './institutions.js';
import { namesAreNoEvidence } from './placeEvidence.js';
import { isOrgHead, isSuffixAbbreviation, partyAdjectiveName, roleNounBeforeName } from './predicates.js';
import type { SpanContext, SpanRefiner } from './refiners/context.js';
import type { RelationRule } from './relations/context.js';
import type { RoleCheck } from './roles/roleChecks.js';
import { roleBeforeName } from './roles/rolePass.js';
import { capitalisedRun, findSpans } from './spans.js';
import { nameTokens } from './classify.js';
import { has, isPlacePreposition, looksTitleCased, type NameToken, type Span } from './tokens.js';
import { THE } from './words.js';

/** The rules of name mentions, each list in order. */
export interface MentionRules {
  spans: readonly SpanRefiner[];
  evidence: readonly EvidenceRule[];
  relations: readonly RelationRule[];
  /** Checks of the role read before a name, in order (./roles/roleChecks.ts). */
  roleChecks: readonly RoleCheck[];
}

/** A mention of the words from `first` to `last` of a passage, its offsets into the article file. */
function mentionAt(
  passage: Passage,
  first: { start: number },
  last: { end: number },
  found: Omit<NameMention, 'passageId' | 'articleId' | 'start' | 'end'>,
): NameMention {
  return { passageId: passage.id, articleId: passage.articleId, start: passage.start + first.start, end: passage.start + last.end, ...found };
}

/** Whether anything says the span is a person's: a title, a first name the lexicon knows, a person noun before it ("cleric X"). */
function personHintOf(text: string, tokens: NameToken[], span: Span, name: NameToken[]): boolean {
  return (
    span.nameFrom > span.from ||
    (!namesAreNoEvidence(text, tokens, span) &&
      (name.some((t) => has(t, 'FirstName', 'MaleName', 'FemaleName')) || lexiconTags(name[0]?.lower ?? '').some((tag) => /Name$/.test(tag)))) ||
    roleNounBeforeName.holds(tokens, span)
  );
}

/** Drops the runs the span refiners drop: the first refiner with a verdict decides. */
function refineSpans(refiners: readonly SpanRefiner[], text: string, tokens: NameToken[], spans: Span[]): void {
  for (const span of spans) {
    const name = tokens.slice(span.nameFrom, span.to);
    const context: SpanContext = { text, tokens, span, name, hasTitle: span.nameFrom > span.from, personHint: personHintOf(text, tokens, span, name) };
    for (const refiner of refiners) {
      const verdict = refiner.judge(context);
      if (verdict === 'drop') span.dropped = true;
      if (verdict === 'keep') span.keptBy = refiner.name;
      if (verdict) break;
    }
  }
}

/** "European Commission President Ursula von der Leyen": the institution in the title is named too. */
function institutionMention(passage: Passage, tokens: NameToken[], span: Span): NameMention | null {
  const range = institutionInTitle(tokens, span);
  if (!range) return null;
  const from = tokens[range.from]!;
  const to = tokens[range.to - 1]!;
  const institution = passage.text.slice(from.start, to.end);
  const key = nameKey(institution);
  return key.length
    ? mentionAt(passage, from, to, { text: institution, key, roles: [], person: 0, org: 3, place: 0, rules: [institutionInTitleRule.name] })
    : null;
}

/** What the words around a kept span say of it, read by the evidence rules. */
function mentionContext(text: string, tokens: NameToken[], span: Span, owners: Array<Span | undefined>, preRole: MentionContext['preRole']): MentionContext {
  const first = tokens[span.nameFrom]!;
  let last = tokens[span.to - 1]!;
  // "Martin Luther King Jr.": a generational suffix keeps its dot, whether or not it also ends the sentence;
  // "Pacific Gas & Electric Co.": a company's legal suffix keeps its dot too
  if (span.to - span.nameFrom > 1 && text[last.end] === '.' && !last.text.endsWith('.') && (isSuffixAbbreviation(last) || CORPORATE_SUFFIX.test(last.lower)))
    last = { ...last, end: last.end + 1 };
  // "the Democratic party": the adjective and the word "party" after it name the party
  if (partyAdjectiveName.holds(tokens, span)) last = tokens[span.to]!;
  const name = tokens.slice(span.nameFrom, span.to);
  const before = tokens[span.from - 1];
  return {
    text,
    tokens,
    span,
    owners,
    preRole,
    name,
    first,
    last,
    before,
    after: tokens[span.to],
    afterPlacePreposition: isPlacePreposition(tokens, before && THE.test(before.text) ? span.from - 2 : span.from - 1),
    // "Grant Park", "Lincoln Square", "Victoria Station": a name ending in a place's feature word is a place's
    placeEnding: name.length > 1 && isPlaceWord(last.lower) && !isOrgHead(last),
    lexiconNames: !namesAreNoEvidence(text, tokens, span),
    the: !!before && THE.test(before.text) && isSpaced(tokens[span.from]!.gap),
  };
}

/** Every name mentioned in a passage, with its roles; mentions come in reading order. */
export function findNameMentionsWith(rules: MentionRules, passage: Passage): NameMention[] {
  // The dateline's place ("VALDORA, Aug. 14 —") is where the report was filed, not a name in it; a dash glued to the
  // first word ("AUSTIN, Texas-George W. Bush") is read as a space, so the word after it stands alone (same offsets).
  const dateline = datelineLengthGlued(passage.text);
  const text = /[-–—]$/.test(passage.text.slice(0, dateline)) ? `${passage.text.slice(0, dateline - 1)} ${passage.text.slice(dateline)}` : passage.text;
  const tokens = nameTokens(text, dateline);
  if (passage.kind === 'headline' && looksTitleCased(tokens)) return [];
  const spans = findSpans(text, tokens);
  /** The span each token belongs to, if any. */
  const owners: Array<Span | undefined> = new Array(tokens.length);
  for (const span of spans) for (let k = span.from; k < span.to; k++) owners[k] = span;
  refineSpans(rules.spans, text, tokens, spans);
  const preRoles = roleBeforeName.apply(tokens, spans, owners, rules.roleChecks);
  const kept = spans.filter((s) => !s.dropped);
  const mentions: NameMention[] = [];
  const mentionOfSpan = new Map<Span, number>();
  for (const span of kept) {
    const context = mentionContext(text, tokens, span, owners, preRoles.get(span));
    const nameText = text.slice(context.first.start, context.last.end);
    const key = nameKey(nameText);
    if (!key.length) continue;
    const institution = institutionMention(passage, tokens, span);
    if (institution) mentions.push(institution);
    const tally: Tally = { roles: [], person: 0, org: 0, place: 0 };
    const trail: RuleTrail & { roleRules: string[] } = { roleRules: [] };
    noteRule(trail, capitalisedRun.name);
    if (span.keptBy) noteRule(trail, span.keptBy);
    if (context.preRole) noteRule(trail, roleBeforeName.name);
    for (const rule of rules.evidence) {
      const before = weightOf(tally);
      rule.weigh(context, tally);
      if (weightOf(tally) !== before) noteRule(trail, rule.name);
      while (trail.roleRules.length < tally.roles.length) trail.roleRules.push(rule.name);
    }
    mentionOfSpan.set(span, mentions.length);
    mentions.push(
      mentionAt(passage, context.first, context.last, {
        text: nameText,
        key,
        roles: tally.roles,
        person: tally.person,
        org: tally.org,
        place: tally.place,
        ...trail,
      }),
    );
  }
  relateMentions(rules.relations, text, tokens, kept, mentions, mentionOfSpan);
  return mentions;
}

/** What the evidence and relation rules change of a mention, as one string: a rule that changed it changed this. */
function weightOf(m: Pick<Tally, 'person' | 'org' | 'place' | 'roles'>): string {
  return `${m.person}:${m.org}:${m.place}:${m.roles.length}`;
}

/** Each kept name and the one after it, by the relation rules in order. */
function relateMentions(
  rules: readonly RelationRule[],
  text: string,
  tokens: NameToken[],
  kept: Span[],
  mentions: NameMention[],
  mentionOfSpan: Map<Span, number>,
): void {
  for (let s = 0; s < kept.length; s++) {
    const span = kept[s]!;
    const index = mentionOfSpan.get(span);
    if (index === undefined) continue;
    const next = kept[s + 1];
    const nextIndex = next ? mentionOfSpan.get(next) : undefined;
    const nextMention = nextIndex === undefined ? undefined : mentions[nextIndex];
    const context = { text, tokens, span, mention: mentions[index]!, next, nextIndex, nextMention, after: tokens[span.to] };
    for (const rule of rules) {
      const mention = mentions[index]!;
      const before = `${weightOf(mention)}:${mention.alias}`;
      const verdict = rule.relate(context);
      if (`${weightOf(mention)}:${mention.alias}` !== before) noteRule(mention, rule.name);
      while (mention.roleRules && mention.roleRules.length < mention.roles.length) mention.roleRules.push(rule.name);
      if (verdict === 'stop') break;
    }
  }
}
