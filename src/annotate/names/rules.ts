import { RuleRegistry } from '../core/rules.js';
import { ENTITY_RULES } from './entities.js';
import { LISTING_RULES } from './listing.js';
import { EN_MENTION_RULES } from './locales/en/index.js';

/** Every rule of the names extractor, by name: the mentions' spans, roles, evidence and relations, then the entities and the listing. */
export const NAME_RULES = new RuleRegistry('names', [...EN_MENTION_RULES, ...ENTITY_RULES, ...LISTING_RULES]);
