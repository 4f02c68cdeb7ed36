import { lexiconTags } from '../core/lexicon.js';
import { PLACE_TAGS } from './locales/en/words.js';
import type { NameMention } from './types.js';

/** The name of the evidence rule that reads a name as a team in its sentence (locales/en/teams/townAsTeam.ts). */
export const TOWN_PLAYS_AS_TEAM = 'town-plays-as-team';

/**
 * `team-in-article`: "Chelsea manager Avram Grant", "Chelsea won 2-1", then "Chelsea's never-say-die spirit", "gave Chelsea
 * the lead": a name that plays as a team in one sentence of its article is the club in the others too, though a given
 * name ("Chelsea", "Houston") weighs person in each of them. A name with a role of its own, or written two ways ("Higgins" and "John Higgins": a player's surname),
 * is left to the weights.
 */
export const teamInArticle = {
  name: 'team-in-article',
  reason:
    'A team named by its town or by a given name ("Chelsea", "Houston") is read as a person or a place in most of its sentences; one sentence where it does what only a team does ("Chelsea won 2-1", "Chelsea manager X") says what it is in the others.',
  holds(mentions: NameMention[]): boolean {
    return (
      mentions.some((m) => m.rules?.includes(TOWN_PLAYS_AS_TEAM)) &&
      mentions.every((m) => m.key.join(' ') === mentions[0]!.key.join(' ') && m.roles.length === 0)
    );
  },
};

/**
 * `town-opens-team-in-article`: "Boston" after "Boston Celtics", "New York" after "New York Rangers": a town read as a team
 * (an organisation) that opens the one team's name of its article that opens with it is that team. Before, the town was
 * an entry of its own, or none.
 */
export const townOpensTeam = {
  name: 'town-opens-team-in-article',
  reason:
    'Teams are named by their town and a nickname ("Boston Celtics") and then by the town alone ("Boston is 2-0 against the Nets"); once the town reads as a team, it is the one team of its article whose name it opens.',
  /** The key of the one organisation of the article opened by the town `text` (its key `key`), if there is one. */
  target(text: string, key: string[], organisations: string[][]): string | undefined {
    const lower = text.toLowerCase();
    const place = (words: string) => lexiconTags(words).some((tag) => PLACE_TAGS.includes(tag));
    if (!place(lower) && !lower.split(/\s+/).every(place)) return undefined;
    const opened = organisations.filter((k) => k.length > key.length && key.every((w, i) => k[i] === w));
    return opened.length === 1 ? opened[0]!.join(' ') : undefined;
  },
};
