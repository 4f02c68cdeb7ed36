import { lexiconTags } from '../../../../core/lexicon.js';
import { isTitle, roleHead } from '../predicates.js';
import { appositiveAfter, appositiveBefore, oneOfAppositive } from '../roles/appositives.js';
import { titleAppositive } from '../roles/titleAppositive.js';
import { adjectivesBefore, descriptorAfter } from '../roles/descriptor.js';
import { tokenLike } from '../tokens.js';
import { COURTESY_TITLE, ORG_DESCRIPTORS, ROLE_ARTICLE } from '../words.js';
import type { EvidenceRule, MentionContext, Tally } from './context.js';

/** A whole appositive after a name or before it, the role of it read by role-words. */
export const appositiveAround = ({ text, tokens, span, owners }: MentionContext): string | null =>
  appositiveAfter(text, tokens, span) ??
  oneOfAppositive(text, tokens, span) ??
  appositiveBefore(text, tokens, span, owners) ??
  titleAppositive.after(text, tokens, span);

/** The roles written around a name, in order: its title or the role before it, a descriptor after it, an appositive. */
function rolesAround(context: MentionContext): string[] {
  const { text, tokens, span, preRole } = context;
  const roles: string[] = [];
  const titleEnd = span.nameFrom > span.from ? tokens[span.nameFrom - 1]!.end : null;
  if (preRole) roles.push(text.slice(tokens[preRole.from]!.start, titleEnd ?? tokens[preRole.to - 1]!.end));
  else if (titleEnd !== null) roles.push(text.slice(tokens[span.from]!.start, titleEnd));
  const post = descriptorAfter(tokens, span);
  if (post) roles.push([adjectivesBefore(tokens, span), post].filter(Boolean).join(' '));
  const appositive = appositiveAround(context);
  if (appositive) roles.push(appositive);
  return roles;
}

/** Keeps a role (without its article) and weighs its head noun: an organisation's descriptor, else a person's noun. */
export function addRole(role: string, tally: Tally): void {
  const trimmed = role.replace(ROLE_ARTICLE, '').trim();
  if (!trimmed) return;
  // a courtesy title says nothing about what someone does, but that it is someone
  if (COURTESY_TITLE.test(trimmed)) {
    tally.person += 2;
    return;
  }
  tally.roles.push(trimmed);
  const head = roleHead(trimmed);
  // "one of the militia groups": a plural descriptor says organisation as its singular does
  if (ORG_DESCRIPTORS.has(head) || (/^one\s/i.test(trimmed) && ORG_DESCRIPTORS.has(head.replace(/s$/, '')))) tally.org += 2;
  // "cleric", "President" say person more surely than "capital" or "top"
  else tally.person += lexiconTags(head).some((t) => t === 'Actor' || t === 'Honorific') || isTitle(tokenLike(head)) ? 2 : 1;
}

export const roleWords: EvidenceRule = {
  name: 'role-words',
  reason:
    'A role given to a name says what it is: an organisation\'s descriptor ("militia group") says organisation, a person noun or title ("cleric", "President") says person.',
  weigh(context, tally) {
    for (const role of rolesAround(context)) addRole(role, tally);
  },
};
