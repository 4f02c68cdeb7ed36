import type { Rule } from '../core/rules.js';
import { lexiconTags } from '../core/lexicon.js';
import { every, finish, sortSteps, type Steps } from '../../pipeline/steps.js';
import { tokenLike } from './locales/en/tokens.js';
import type { Entity } from './types.js';

/** The `who` listing (no name asked): which entities it shows, and in what order. */

/** Tags of a word that is no name on its own: a function word, an adjective, a verb. */
const NOT_A_NAME_ALONE = ['Adjective', 'Verb', 'Adverb', 'Determiner', 'Conjunction', 'Preposition', 'Pronoun', 'QuestionWord', 'Value'];
const NAME_TAGS = /Name$|^(?:ProperNoun|Person|Organization|Place|Country|City|Region)$/;

/** "Police", "Whole", "However": one word the lexicon knows only as a common word (not written in capitals as an acronym is). */
function loneCommonWord(name: string): boolean {
  if (/\s/.test(name.trim()) || /^\p{Lu}{2,}$/u.test(name)) return false;
  const lower = name.toLowerCase();
  const known = lexiconTags(lower);
  if (known.some((t) => NAME_TAGS.test(t))) return false;
  return known.length > 0 || [...tokenLike(lower).tags].some((t) => NOT_A_NAME_ALONE.includes(t));
}

export const notANameListing: Rule & { keeps(entity: Entity): boolean } = {
  name: 'not-a-name-listing',
  reason:
    'The listing leaves out what is no person or organisation: a single letter, a name with no letter or one character, and a lone common word no role describes ("Police", "Whole").',
  keeps(entity) {
    const letters = entity.name.replace(/[^\p{L}\p{N}]+/gu, '');
    if (letters.length < 2 || !/\p{L}/u.test(letters)) return false;
    return !(entity.roles.length === 0 && loneCommonWord(entity.name));
  },
};

export const articlesFirstListing: Rule & { compare(a: Entity, b: Entity): number } = {
  name: 'articles-first-listing',
  reason: 'The listing ranks by how many articles name an entity, then by mentions, so that one long article does not fill it with its own names.',
  compare: (a, b) => b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
};

/** Whether any evidence said person or organisation: "Democrats", "New Yorkers", "the Bidens", "Brexit" have none. */
const kindKnown = (e: Entity) => (e.kind === 'other' ? 1 : 0);

export const knownKindFirstListing: Rule & { compare(a: Entity, b: Entity): number } = {
  name: 'known-kind-first-listing',
  reason:
    "The listing shows first the names read as a person or an organisation; a name nothing says is either (a party's members, a city's people, a family, a process) comes after them, however many articles write it.",
  compare: (a, b) => kindKnown(a) - kindKnown(b) || articlesFirstListing.compare(a, b),
};

export const LISTING_RULES = [notANameListing, knownKindFirstListing, articlesFirstListing];

/** The entities of the `who` listing, best first. */
export function listedEntities(entities: readonly Entity[]): Entity[] {
  return finish(listedEntitiesSteps(entities));
}

/** Entities looked at between two yields (each may look words up in the lexicon). */
const KEEP_STEP = 2_000;

/** `listedEntities` as steps, for a process that builds it in slices (tens of ms at 100,000 passages). */
export function* listedEntitiesSteps(entities: readonly Entity[]): Steps<Entity[]> {
  const kept: Entity[] = [];
  const tick = every(KEEP_STEP);
  for (const e of entities) {
    if (notANameListing.keeps(e)) kept.push(e);
    if (tick()) yield;
  }
  return yield* sortSteps(kept, knownKindFirstListing.compare);
}
