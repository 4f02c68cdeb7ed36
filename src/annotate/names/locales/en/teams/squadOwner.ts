import type { Rule } from '../../../../core/rules.js';
import { isTitle } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import type { RoleCheck } from '../roles/roleChecks.js';
import { POSITION_MODIFIER_TIMES, SQUAD_OWNER_BETWEEN_MAX, SQUAD_OWNER_NAME_JOINERS, SQUAD_OWNER_WORDS_MAX, TEAM_SQUAD_WORDS } from '../words.js';

/**
 * `squad-owner-is-team`: "Derby manager Paul Jewell", "Milan coach Carlo Ancelotti", "Red Wings forward Dallas Drake", "Texas
 * interim head coach NAME", "Toronto guard T.J. Ford": a town or a name of one word right before a squad's word (a player's
 * position, a manager, a coach) that heads the role before a person's name is the team the person plays or works for. The
 * role pass refused places and one-word names as a role's owner (`body-owns-role`: "Pasadena Mayor", "Shiite cleric"), so
 * the team was dropped with the role; a mayor, a governor, a minister or a cleric is no squad's word, so those stay places.
 */
export const squadOwnerIsTeam: Rule & { holds(tokens: NameToken[], owner: Span, role: { from: number; to: number }): boolean } = {
  name: 'squad-owner-is-team',
  reason:
    'A town or one word opening the role before a person\'s name, right before a squad\'s word ("Derby manager Paul Jewell", "Milan coach Carlo Ancelotti", "Red Wings forward Dallas Drake"), is the team the role belongs to; read as a place or as too weak an owner, the team was dropped with the role.',
  holds(tokens, owner, role) {
    const words = tokens.slice(owner.from, owner.to);
    const head = tokens[role.to - 1]!;
    // ("former Derby manager": a word of time may open the role before the team)
    const opening = tokens.slice(role.from, owner.from);
    if (
      owner.from < role.from ||
      !opening.every((t) => POSITION_MODIFIER_TIMES.has(t.lower)) ||
      words.length > SQUAD_OWNER_WORDS_MAX ||
      !TEAM_SQUAD_WORDS.has(head.lower) ||
      head.cap
    )
      return false;
    // "Hall of Fame pitcher", "Bosnia and Herzegovina coach": the owner ends a longer name joined by a small word
    const joiner = tokens[owner.from - 1];
    if (joiner && !joiner.cap && SQUAD_OWNER_NAME_JOINERS.has(joiner.lower) && tokens[owner.from - 2]?.cap) return false;
    // between the owner and the squad's word, only lower-case modifiers ("interim head coach", "assistant coach")
    const between = tokens.slice(owner.to, role.to - 1);
    if (between.length > SQUAD_OWNER_BETWEEN_MAX || between.some((t) => t.cap || t.possessive || has(t, 'Verb', 'Preposition', 'Determiner'))) return false;
    // a person's name ("Mulroney aide"), a demonym or language ("Russian striker"), a title, a code or a possessive owns no squad here
    return !words.some(
      (t) => t.possessive || /\d/.test(t.text) || isTitle(t) || has(t, 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Demonym', 'Language'),
    );
  },
};

/** The first capitalised word of a role that opens a team's name before its squad's word, if one does ("Milan" in "delighted Milan coach"). */
function squadOwnerStart(tokens: NameToken[], role: { from: number; to: number }): number | null {
  const head = tokens[role.to - 1]!;
  if (head.cap || !TEAM_SQUAD_WORDS.has(head.lower)) return null;
  let k = role.to - 2;
  let between = 0;
  while (k >= role.from && !tokens[k]!.cap && between < SQUAD_OWNER_BETWEEN_MAX) {
    k--;
    between++;
  }
  if (k < role.from || !tokens[k]!.cap) return null;
  let start = k;
  while (start > role.from && tokens[start - 1]!.cap && !tokens[start - 1]!.possessive) start--;
  return start;
}

/**
 * `squad-owner-opens-role`: "most delighted Milan coach Carlo Ancelotti", "trying to check Red Wings forward Dallas Drake": the
 * role read back from the name ran past the team into the sentence's verb, giving the junk roles "delighted Milan coach" and
 * "check Red Wings forward". Before a team and its squad's word only a word of time ("former Derby manager") is the role's.
 */
export const squadOwnerOpensRole: RoleCheck = {
  name: 'squad-owner-opens-role',
  reason:
    'A team named before its squad\'s word opens the role ("Milan coach", "Red Wings forward"); the lower-case words read before it are the sentence\'s ("delighted", "check"), save a word of time ("former Derby manager").',
  check(tokens, _span, role) {
    const start = squadOwnerStart(tokens, role);
    if (start === null || start === role.from) return null;
    const before = tokens.slice(role.from, start);
    if (before.some((t) => t.cap) || before.every((t) => POSITION_MODIFIER_TIMES.has(t.lower))) return null;
    return { from: start, to: role.to };
  },
};
