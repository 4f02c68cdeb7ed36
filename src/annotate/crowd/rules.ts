import { RuleRegistry } from '../core/rules.js';
import { EN_CROWD_RULES } from './locales/en/index.js';

/** Every rule of the crowd extractor, by name: claims, claimants, and the gatherings they are about. */
export const CROWD_RULES = new RuleRegistry('crowd', EN_CROWD_RULES);
